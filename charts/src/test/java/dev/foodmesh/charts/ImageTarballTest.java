package dev.foodmesh.charts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The image Jib really builds, checked against what the chart runs. user-service's
 * package phase builds its image as a tarball on Jib's empty "scratch" base
 * (eclipse-temurin:25-jre cannot be pulled everywhere the build runs); the configuration
 * is shared by all five services, so one image proves the layout: user, ports,
 * entrypoint, the agent, name, tag and labels. What the base image brings (the JRE,
 * {@code java} on the PATH) is not in it.
 */
class ImageTarballTest {

	static final String SERVICE = "user-service";

	static ImageArchive image;

	static Map<String, Object> imageConfig;

	static Map<String, Object> deployment;

	static Map<String, Object> container;

	static Document pom;

	static XPath xpath = XPathFactory.newInstance().newXPath();

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void openTheTarball() throws Exception {
		Path tarball = Path.of(System.getProperty("foodmesh.image.tarball",
				ChartTools.REPO.resolve(SERVICE + "/target/jib-scratch-image.tar").toString()));
		if (!Files.isRegularFile(tarball)) {
			throw new IllegalStateException(tarball + " is missing: user-service builds it at package (Jib, scratch "
					+ "base). Run `./mvnw -pl user-service,charts -am verify`, or `./mvnw -pl user-service package "
					+ "-DskipTests` before `./mvnw -pl charts verify`");
		}
		image = ImageArchive.read(tarball);
		imageConfig = (Map<String, Object>) image.config().get("config");
		deployment = RenderedChart.of("default").get("Deployment", SERVICE);
		container = Yamls.maps(deployment, "spec.template.spec.containers")
			.stream()
			.filter((c) -> SERVICE.equals(c.get("name")))
			.findFirst()
			.orElseThrow();
		pom = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(ChartTools.REPO.resolve("pom.xml").toFile());
	}

	@Test
	void shouldRunAsTheNonRootUserOfThePodSecurityContext() {
		Map<String, Object> pod = Yamls.map(deployment, "spec.template.spec.securityContext");

		assertThat(imageConfig.get("User")).isEqualTo("65532:65532")
			.isEqualTo(pod.get("runAsUser") + ":" + pod.get("runAsGroup"));
		assertThat(pod.get("runAsNonRoot")).isEqualTo(true);
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldExposeTheContainerPortsOfTheChart() {
		TreeSet<String> chartPorts = Yamls.maps(container, "ports")
			.stream()
			.map((port) -> port.get("containerPort") + "/" + String.valueOf(port.get("protocol")).toLowerCase())
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(((Map<String, Object>) imageConfig.get("ExposedPorts")).keySet())
			.containsExactlyInAnyOrderElementsOf(chartPorts);
		assertThat(chartPorts).containsExactly("8080/tcp", "8081/tcp");
	}

	@Test
	void shouldStartTheServicesMainClassOnAClassPathThatIsAllInTheImage() throws Exception {
		String startClass;
		try (JarFile bootJar = new JarFile(System.getProperty("foodmesh.image.bootJar",
				ChartTools.REPO.resolve(SERVICE + "/target/" + SERVICE + "-" + projectVersion() + ".jar")
					.toString()))) {
			startClass = bootJar.getManifest().getMainAttributes().getValue("Start-Class");
		}

		assertThat(startClass).isEqualTo("dev.foodmesh.user.UserServiceApplication");
		assertThat(imageConfig.get("Entrypoint"))
			.isEqualTo(List.of("java", "-cp", "@/app/jib-classpath-file", startClass));
		assertThat(image.file("/app/jib-main-class-file").orElseThrow().text().trim()).isEqualTo(startClass);
		assertThat(image.file("/app/classes/" + startClass.replace('.', '/') + ".class")).isPresent();
		List<String> classPath = List.of(image.file("/app/jib-classpath-file").orElseThrow().text().trim().split(":"));
		assertThat(classPath).contains("/app/classes", "/app/resources")
			.anyMatch((element) -> element.matches("/app/libs/spring-boot-4\\..*\\.jar"))
			.allSatisfy((element) -> assertThat(image.file(element)).as(element).isPresent());
	}

	@Test
	void shouldCarryTheAgentExactlyWhereJavaToolOptionsPointsIt() {
		String javaToolOptions = String
			.valueOf(Yamls.map(RenderedChart.of("default").get("ConfigMap", SERVICE), "data").get("JAVA_TOOL_OPTIONS"));
		Matcher javaagent = Pattern.compile("(?:^| )-javaagent:(\\S+)").matcher(javaToolOptions);
		assertThat(javaagent.find()).as(javaToolOptions).isTrue();
		String agentPath = javaagent.group(1);

		assertThat(agentPath).isEqualTo("/opt/otel/opentelemetry-javaagent.jar");
		ImageArchive.Entry agent = image.file(agentPath)
			.orElseThrow(() -> new AssertionError(agentPath + " not in any layer"));
		assertThat(agent.isFile()).isTrue();
		assertThat(agent.size()).isGreaterThan(10_000_000L);
		// owned by root, readable by the image's user 65532
		assertThat(agent.mode() & 0777).isEqualTo(0644);
		// in a layer of its own (Jib's extra files), apart from the application's layers
		assertThat(image.layers().get(image.layerOf(agentPath)))
			.allSatisfy((entry) -> assertThat(entry.path()).matches("/opt(/otel(/.*)?)?"));
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldBeTheImageTheChartRendersByDefault() throws Exception {
		String toImage = resolve(xpath.evaluate(
				"/project/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']/configuration/to/image",
				pom)
			.trim());
		String chartImage = String.valueOf(container.get("image"));
		List<Object> repoTags = (List<Object>) image.manifest().get("RepoTags");

		assertThat(toImage).isEqualTo("docker.io/foodmesh/" + SERVICE + ":" + projectVersion());
		assertThat(qualified(chartImage)).isEqualTo(qualified(toImage));
		assertThat(repoTags).hasSize(1);
		assertThat(qualified(String.valueOf(repoTags.get(0)))).isEqualTo(qualified(toImage));
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldLabelTitleAndVersionAsTheChartDoes() throws Exception {
		Map<String, Object> labels = (Map<String, Object>) imageConfig.get("Labels");
		Map<String, Object> podLabels = Yamls.map(deployment, "spec.template.metadata.labels");

		assertThat(labels.get("org.opencontainers.image.title")).isEqualTo(SERVICE)
			.isEqualTo(podLabels.get("app.kubernetes.io/name"));
		// the pod template carries the image's version as Istio's "version" label;
		// app.kubernetes.io/version (the chart's appVersion) stays on the Deployment, so
		// a chart bump alone restarts no pod
		assertThat(labels.get("org.opencontainers.image.version")).isEqualTo(projectVersion())
			.isEqualTo(podLabels.get("version"))
			.isEqualTo(Yamls.map(deployment, "metadata.labels").get("app.kubernetes.io/version"));
	}

	private static String projectVersion() throws Exception {
		return xpath.evaluate("/project/version", pom).trim();
	}

	/** Resolves ${...} in a root pom value for this service, as Maven would. */
	private static String resolve(String value) throws Exception {
		Map<String, String> properties = new HashMap<>();
		properties.put("project.artifactId", SERVICE);
		properties.put("project.version", projectVersion());
		String resolved = value;
		for (int depth = 0; depth < 10 && resolved.contains("${"); depth++) {
			Matcher matcher = Pattern.compile("\\$\\{([^}]+)}").matcher(resolved);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String name = matcher.group(1);
				String replacement = properties.containsKey(name) ? properties.get(name)
						: xpath.evaluate("/project/properties/" + name, pom).trim();
				assertThat(replacement).as("pom property " + name).isNotEmpty();
				matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
			}
			matcher.appendTail(out);
			resolved = out.toString();
		}
		return resolved;
	}

	/**
	 * A Docker image reference with registry and tag made explicit: "foodmesh/x:1" is
	 * "docker.io/foodmesh/x:1".
	 */
	static String qualified(String reference) {
		int slash = reference.indexOf('/');
		String first = (slash < 0) ? "" : reference.substring(0, slash);
		boolean registry = first.contains(".") || first.contains(":") || first.equals("localhost");
		String name = registry ? reference : "docker.io/" + reference;
		if (name.startsWith("docker.io/") && name.indexOf('/', "docker.io/".length()) < 0) {
			name = "docker.io/library/" + name.substring("docker.io/".length());
		}
		String last = name.substring(name.lastIndexOf('/') + 1);
		return (last.contains(":") || last.contains("@")) ? name : name + ":latest";
	}

}

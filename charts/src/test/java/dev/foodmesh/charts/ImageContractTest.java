package dev.foodmesh.charts;

import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images Jib builds (root pom pluginManagement) are the images the chart runs: same
 * name and tag, same ports, same non-root user, and the agent where JAVA_TOOL_OPTIONS
 * points.
 */
class ImageContractTest {

	static Document pom;

	static XPath xpath = XPathFactory.newInstance().newXPath();

	@BeforeAll
	static void readRootPom() throws Exception {
		pom = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(ChartTools.REPO.resolve("pom.xml").toFile());
	}

	@Test
	void shouldTagImagesAsTheChartExpects() throws Exception {
		String version = xpath.evaluate("/project/version", pom);
		Map<String, Object> chart = new org.yaml.snakeyaml.Yaml()
			.load(java.nio.file.Files.readString(ChartTools.CHART.resolve("Chart.yaml")));

		assertThat(jib("to/image")).isEqualTo("${image.registry}/foodmesh/${project.artifactId}:${image.tag}");
		assertThat(xpath.evaluate("/project/properties/image.tag", pom)).isEqualTo("${project.version}");
		assertThat(chart.get("appVersion")).isEqualTo(version);
		assertThat(jib("from/image")).isEqualTo("eclipse-temurin:25-jre");
	}

	@Test
	void shouldRunAsTheChartsUserOnTheChartsPorts() throws Exception {
		Map<String, Object> pod = RenderedChart.of("default").get("Deployment", "order-service");

		assertThat(jib("container/user")).isEqualTo(Yamls.str(pod, "spec.template.spec.securityContext.runAsUser") + ":"
				+ Yamls.str(pod, "spec.template.spec.securityContext.runAsGroup"));
		assertThat(jib("container/ports/port[1]")).isEqualTo("8080");
		assertThat(jib("container/ports/port[2]")).isEqualTo("8081");
	}

	@Test
	void shouldPutTheAgentWhereTheChartAttachesIt() throws Exception {
		String javaToolOptions = String
			.valueOf(Yamls.map(RenderedChart.of("default").get("ConfigMap", "order-service"), "data")
				.get("JAVA_TOOL_OPTIONS"));

		assertThat(jib("extraDirectories/paths/path/into")).isEqualTo("/opt/otel");
		assertThat(jib("extraDirectories/permissions/permission/file"))
			.isEqualTo("/opt/otel/opentelemetry-javaagent.jar");
		assertThat(xpath.evaluate("//profile[id='service-image']//artifactItem/destFileName", pom))
			.isEqualTo("opentelemetry-javaagent.jar");
		assertThat(javaToolOptions).startsWith("-javaagent:/opt/otel/opentelemetry-javaagent.jar ");
		assertThat(xpath.evaluate("//profile[id='service-image']//artifactItem/version", pom))
			.isEqualTo("${opentelemetry-javaagent.version}");
		assertThat(xpath.evaluate("/project/properties/opentelemetry-javaagent.version", pom)).startsWith("2.33.");
	}

	@Test
	void shouldBundleTheKafkaTheBuildTestsAgainst() throws Exception {
		Map<String, Object> kafka = RenderedChart.of("default").get("StatefulSet", "foodmesh-kafka");

		assertThat(Yamls.str(Yamls.maps(kafka, "spec.template.spec.containers").get(0), "image"))
			.isEqualTo("apache/kafka:" + xpath.evaluate("/project/properties/kafka.version", pom));
	}

	@Test
	void shouldBindJibToNoLifecyclePhaseAndBuildImagesOfServicesOnly() throws Exception {
		// the shared configuration binds nothing; user-service's scratch tarball (below)
		// is the one exception
		assertThat(xpath.evaluate("count(//plugin[artifactId='jib-maven-plugin']/executions)", pom)).isEqualTo("0");
		for (String service : RenderedChart.SERVICES) {
			Document servicePom = DocumentBuilderFactory.newInstance()
				.newDocumentBuilder()
				.parse(ChartTools.REPO.resolve(service + "/pom.xml").toFile());
			assertThat(xpath.evaluate("count(//plugin[artifactId='jib-maven-plugin']//execution)", servicePom))
				.as(service)
				.isEqualTo(service.equals("user-service") ? "1" : "0");
		}
		assertThat(xpath.evaluate("/project/properties/jib.skip", pom)).isEqualTo("true");
		assertThat(xpath.evaluate("//profile[id='service-image']/properties/jib.skip", pom)).isEqualTo("false");
		assertThat(xpath.evaluate("//profile[id='service-image']/activation/file/exists", pom))
			.isEqualTo("${basedir}/src/main/resources/application.yml");
	}

	@Test
	void shouldBuildUserServicesImageLayoutAtPackageOnScratchWithoutChangingTheRealImage() throws Exception {
		Document userService = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(ChartTools.REPO.resolve("user-service/pom.xml").toFile());
		String execution = "/project/build/plugins/plugin[artifactId='jib-maven-plugin']/executions/execution";

		assertThat(xpath.evaluate(execution + "/phase", userService)).isEqualTo("package");
		assertThat(xpath.evaluate(execution + "/goals/goal", userService)).isEqualTo("buildTar");
		assertThat(xpath.evaluate(execution + "/configuration/from/image", userService)).isEqualTo("scratch");
		// its own file: target/jib-image.tar stays the runnable image of `jib:buildTar`
		// (deploy.md loads it into kind)
		assertThat(xpath.evaluate(execution + "/configuration/outputPaths/tar", userService))
			.isEqualTo("${project.build.directory}/jib-scratch-image.tar");
		// execution-level only: the plugin itself (command-line jib:build,
		// jib:dockerBuild) keeps the real base
		assertThat(xpath.evaluate("count(/project/build/plugins/plugin[artifactId='jib-maven-plugin']/configuration)",
				userService))
			.isEqualTo("0");
		// the agent is copied (dependency plugin, same phase) before Jib packs it: plugin
		// order decides
		assertThat(xpath.evaluate("count(/project/build/plugins/plugin[artifactId='jib-maven-plugin']"
				+ "/preceding-sibling::plugin[artifactId='maven-dependency-plugin'])", userService))
			.isEqualTo("1");
		assertThat(xpath.evaluate("//profile[id='service-image']//execution[id='copy-otel-agent']/phase", pom))
			.isEqualTo("package");
	}

	private static String jib(String path) throws Exception {
		return xpath
			.evaluate("/project/build/pluginManagement/plugins/plugin[artifactId='jib-maven-plugin']/configuration/"
					+ path, pom)
			.trim();
	}

}

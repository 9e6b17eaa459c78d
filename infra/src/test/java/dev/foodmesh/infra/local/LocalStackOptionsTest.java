package dev.foodmesh.infra.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalStackOptionsTest {

	private static final Path ROOT = Path.of("/repo");

	@Test
	void shouldDefaultToTheConventionalPortsAndDotLocal() {
		LocalStackOptions options = LocalStackOptions.parse(List.of(), Map.of(), ROOT);

		assertThat(options.postgresPort()).isEqualTo(5432);
		assertThat(options.kafkaPort()).isEqualTo(9092);
		assertThat(options.kafkaControllerPort()).isEqualTo(9093);
		assertThat(options.portOffset()).isZero();
		assertThat(options.controlPort()).isEqualTo(9079);
		assertThat(options.stateDirectory()).isEqualTo(Path.of("/repo/.local"));
		assertThat(options.clean()).isFalse();
		assertThat(options.simulator().enabled()).isTrue();
		assertThat(options.otel()).isTrue();
		assertThat(options.otelAllInstrumentations()).isFalse();
		assertThat(options.durablePostgres()).isFalse();
		assertThat(options.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
		assertThat(options.jvmOptions()).isEqualTo(LocalStackOptions.DEFAULT_JVM_OPTIONS);
	}

	@Test
	void shouldPreferFlagsOverEnvironmentOverDefaults() {
		Map<String, String> env = Map.of("FOODMESH_POSTGRES_PORT", "6543", "FOODMESH_KAFKA_PORT", "19092",
				"FOODMESH_SIMULATOR_PICKUP_DELAY", "3s", "FOODMESH_SERVICE_JVM_OPTS", "-Xmx128m  -XX:+UseG1GC");

		LocalStackOptions options = LocalStackOptions
			.parse(List.of("--kafka-port=29092", "--clean", "--delivery-delay=7s", "--pass-interval=500ms",
					"--no-simulator", "--state-dir=/tmp/fm", "--otel-all-instrumentations"), env, ROOT);

		assertThat(options.postgresPort()).isEqualTo(6543);
		assertThat(options.kafkaPort()).isEqualTo(29092);
		assertThat(options.simulator()).isEqualTo(new CourierSimulation(false, "3s", "7s", "500ms"));
		assertThat(options.clean()).isTrue();
		assertThat(options.otelAllInstrumentations()).isTrue();
		assertThat(options.stateDirectory()).isEqualTo(Path.of("/tmp/fm"));
		assertThat(options.jvmOptions()).containsExactly("-Xmx128m", "-XX:+UseG1GC");
	}

	@Test
	void shouldLeaveTheAgentsStatementSpansOffUnlessAskedFor() {
		List<String> defaults = LocalStackOptions.parse(List.of(), Map.of(), ROOT).otelInstrumentations();
		assertThat(defaults).contains("reactor", "kafka", "spring-webflux").doesNotContain("r2dbc");
		assertThat(LocalStackOptions.parse(List.of("--db-spans"), Map.of(), ROOT).otelInstrumentations())
			.containsAll(defaults)
			.contains("r2dbc");
		// all of the agent's instrumentations: it is told no list at all
		assertThat(
				LocalStackOptions.parse(List.of("--otel-all-instrumentations"), Map.of(), ROOT).otelInstrumentations())
			.isEmpty();
	}

	@Test
	void shouldRunFullTieredCompilationUnlessAQuickStartIsAskedFor() {
		assertThat(LocalStackOptions.DEFAULT_JVM_OPTIONS)
			.noneMatch((option) -> option.startsWith("-XX:TieredStopAtLevel"));
		assertThat(LocalStackOptions.parse(List.of("--quick-start"), Map.of(), ROOT).jvmOptions())
			.contains("-XX:TieredStopAtLevel=1");
		assertThat(LocalStackOptions.parse(List.of("--quick-start", "--jvm-opts=-Xmx1g"), Map.of(), ROOT).jvmOptions())
			.as("explicit JVM options win")
			.containsExactly("-Xmx1g");
	}

	@Test
	void shouldShiftTheControlChannelWithTheServicesUnlessItsPortIsGiven() {
		assertThat(LocalStackOptions.parse(List.of("--port-offset=200"), Map.of(), ROOT).controlPort()).isEqualTo(9279);
		assertThat(LocalStackOptions.parse(List.of("--port-offset=200", "--control-port=7000"), Map.of(), ROOT)
			.controlPort()).isEqualTo(7000);
		assertThat(LocalStackOptions.parse(List.of(), Map.of("FOODMESH_CONTROL_PORT", "7001"), ROOT).controlPort())
			.isEqualTo(7001);
	}

	@Test
	void shouldMakePostgresDurableOnlyWhenAsked() {
		LocalStackOptions options = LocalStackOptions.parse(List.of("--durable-postgres"), Map.of(), ROOT);

		assertThat(options.durablePostgres()).isTrue();
		assertThat(LocalStackOptions.USAGE).contains("--durable-postgres");
	}

	@Test
	void shouldRejectUnknownOptionsAndBadPorts() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalStackOptions.parse(List.of("--verbose"), Map.of(), ROOT))
			.withMessageContaining("Unknown option --verbose");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalStackOptions.parse(List.of("--postgres-port=70000"), Map.of(), ROOT))
			.withMessageContaining("between 1 and 65535");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LocalStackOptions.parse(List.of("--kafka-port=abc"), Map.of(), ROOT))
			.withMessageContaining("must be a number");
	}

}

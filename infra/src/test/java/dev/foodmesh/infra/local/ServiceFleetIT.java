package dev.foodmesh.infra.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.foodmesh.infra.FoodMeshService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceFleetIT {

	private static final List<String> SMALL_JVM = List.of("-Xmx32m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

	@TempDir
	static Path root;

	private ServiceFleet fleet;

	@BeforeAll
	static void buildFakeRepository() throws IOException {
		FakeRepository.create(root);
	}

	@AfterEach
	void stopFleet() {
		if (this.fleet != null) {
			this.fleet.stop(Duration.ofSeconds(2));
		}
	}

	@Test
	void shouldWireEveryServiceToItsDatabaseTheBrokerAndItsPeers() throws Exception {
		this.fleet = fleet().profiles("demo")
			.otelAgent(root.resolve("agent.jar"))
			.argument(FoodMeshService.DELIVERY, "--foodmesh.delivery.simulator.pickup-delay=2s")
			.build();
		// the agent jar does not exist: check the command line only, then run without it
		assertThat(this.fleet.service("order").command())
			.anySatisfy((arg) -> assertThat(arg).startsWith("-javaagent:"));
		this.fleet = fleet().profiles("demo")
			.argument(FoodMeshService.DELIVERY, "--foodmesh.delivery.simulator.pickup-delay=2s")
			.environment(FoodMeshService.PAYMENT, "FOODMESH_PAYMENT_LATENCY", "5ms")
			.build();

		this.fleet.start().awaitReady(Duration.ofSeconds(60));

		ServiceProcess order = this.fleet.service(FoodMeshService.ORDER);
		String orderEnv = get(order.apiUri().resolve("/env"));
		assertThat(orderEnv).contains("FOODMESH_DB_HOST=localhost", "FOODMESH_DB_PORT=5999",
				"FOODMESH_DB_NAME=foodmesh_order", "FOODMESH_DB_USERNAME=foodmesh_order",
				"FOODMESH_DB_PASSWORD=foodmesh_order", "SPRING_KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:9999",
				"FOODMESH_ORDER_USER_SERVICE_URL=http://localhost:" + this.fleet.service("user").apiPort(),
				"FOODMESH_ORDER_RESTAURANT_SERVICE_URL=http://localhost:" + this.fleet.service("restaurant").apiPort(),
				"SERVER_PORT=" + order.apiPort(), "MANAGEMENT_SERVER_PORT=" + order.managementPort());
		assertThat(get(this.fleet.service("payment").apiUri().resolve("/env"))).contains("FOODMESH_PAYMENT_LATENCY=5ms",
				"FOODMESH_DB_NAME=foodmesh_payment");
		assertThat(get(this.fleet.service("delivery").apiUri().resolve("/args")))
			.isEqualTo("--spring.profiles.active=demo --foodmesh.delivery.simulator.pickup-delay=2s");
	}

	@Test
	void shouldTurnOffOtelExportersUnlessTheUserConfiguredOtel() {
		ServiceFleet quiet = withAgentUnder(Map.of()).build();
		ServiceFleet exporting = withAgentUnder(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://localhost:4318")).build();

		assertThat(environmentOf(quiet.service("order"))).containsEntry("OTEL_SERVICE_NAME", "order-service")
			.containsEntry("OTEL_TRACES_EXPORTER", "none")
			.containsEntry("OTEL_METRICS_EXPORTER", "none")
			.containsEntry("OTEL_LOGS_EXPORTER", "none");
		assertThat(environmentOf(exporting.service("payment"))).containsEntry("OTEL_SERVICE_NAME", "payment-service")
			.doesNotContainKeys("OTEL_TRACES_EXPORTER", "OTEL_METRICS_EXPORTER", "OTEL_LOGS_EXPORTER");
	}

	@Test
	void shouldKeepTheExportersOffWhenTheUserOnlySwitchesInstrumentations() {
		ServiceFleet switching = withAgentUnder(Map.of("OTEL_INSTRUMENTATION_REACTOR_ENABLED", "false")).build();

		assertThat(environmentOf(switching.service("order"))).containsEntry("OTEL_TRACES_EXPORTER", "none")
			.containsEntry("OTEL_METRICS_EXPORTER", "none")
			.containsEntry("OTEL_LOGS_EXPORTER", "none");
	}

	@Test
	void shouldEnableOnlyTheChosenInstrumentationsUnlessTheUserDecides() {
		ServiceFleet trimmed = reactorNettyAndR2dbcUnder(Map.of());
		ServiceFleet userDecides = reactorNettyAndR2dbcUnder(
				Map.of("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "true"));

		assertThat(environmentOf(trimmed.service("delivery")))
			.containsEntry("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "false")
			.containsEntry("OTEL_INSTRUMENTATION_REACTOR_NETTY_ENABLED", "true")
			.containsEntry("OTEL_INSTRUMENTATION_R2DBC_ENABLED", "true");
		assertThat(environmentOf(userDecides.service("delivery")))
			.doesNotContainKeys("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "OTEL_INSTRUMENTATION_R2DBC_ENABLED");
	}

	@Test
	void shouldLeaveAnInstrumentationTheUserSwitchedToTheUser() {
		ServiceFleet userSwitchesOne = reactorNettyAndR2dbcUnder(Map.of("OTEL_INSTRUMENTATION_R2DBC_ENABLED", "false"));

		// the service inherits the user's "false"; the stack's own environment must not
		// override it with "true"
		assertThat(environmentOf(userSwitchesOne.service("delivery")))
			.containsEntry("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "false")
			.containsEntry("OTEL_INSTRUMENTATION_REACTOR_NETTY_ENABLED", "true")
			.doesNotContainKey("OTEL_INSTRUMENTATION_R2DBC_ENABLED");
	}

	/**
	 * A fleet with the agent and the list {@code reactor-netty}, {@code r2dbc}, launched
	 * from an environment holding {@code parentEnvironment}.
	 */
	private static ServiceFleet reactorNettyAndR2dbcUnder(Map<String, String> parentEnvironment) {
		return withAgentUnder(parentEnvironment).otelInstrumentations(List.of("reactor-netty", "r2dbc")).build();
	}

	/**
	 * A fleet with the agent, launched from an environment holding
	 * {@code parentEnvironment}.
	 */
	private static ServiceFleet.Builder withAgentUnder(Map<String, String> parentEnvironment) {
		return fleet().otelAgent(root.resolve("agent.jar")).parentEnvironment(parentEnvironment);
	}

	@Test
	void shouldRunPlainJarsAsTheyAreWhenAskedToExtract() {
		ServiceFleet fleet = fleet().extractJarsTo(root.resolve("app")).build();

		assertThat(fleet.service("order").command())
			.contains(root.resolve("order-service/target/order-service-0.1.0-SNAPSHOT.jar").toString());
	}

	@Test
	void shouldReportAServiceThatCrashesOnStartWithItsLog() {
		// the crashing service alone: it exits before binding a port, while another
		// service's free port could be taken by a parallel build's connection before it
		// binds it, and that service's crash would be reported first
		this.fleet = fleet().only(List.of(FoodMeshService.RESTAURANT))
			.environment(FoodMeshService.RESTAURANT, "FAKE_EXIT", "3")
			.build();

		this.fleet.start();

		assertThatThrownBy(() -> this.fleet.awaitReady(Duration.ofSeconds(60)))
			.isInstanceOf(ServiceStartException.class)
			.hasMessageContaining("restaurant-service exited with code 3")
			.hasMessageContaining("fake service failing on purpose");
	}

	@Test
	void shouldKillAServiceThatIgnoresSigterm() {
		this.fleet = fleet().only(List.of(FoodMeshService.USER))
			.environment(FoodMeshService.USER, "FAKE_IGNORE_TERM", "true")
			.build();
		ServiceProcess user = this.fleet.start().awaitReady(Duration.ofSeconds(60)).service("user");

		long started = System.nanoTime();
		user.stop(Duration.ofSeconds(1));

		assertThat(user.isAlive()).isFalse();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
		assertThat(user.logTail(5)).contains("fake service stopping");
	}

	@Test
	void shouldRestartAKilledService() {
		this.fleet = fleet().only(List.of(FoodMeshService.PAYMENT)).build();
		ServiceProcess payment = this.fleet.start().awaitReady(Duration.ofSeconds(60)).service("payment");
		long firstPid = payment.pid().orElseThrow();

		payment.kill();
		assertThat(payment.isAlive()).isFalse();
		assertThat(payment.exitCode()).hasValue(137);
		payment.start().awaitReady(Duration.ofSeconds(60));

		assertThat(payment.pid().orElseThrow()).isNotEqualTo(firstPid);
		assertThat(payment.isReady()).isTrue();
		assertThat(payment.logTail(100)).filteredOn((line) -> line.startsWith("fake service starting")).hasSize(2);
	}

	@Test
	void shouldListTheJarsThatAreMissing(@TempDir Path empty) {
		assertThat(ServiceFleet.missingJars(empty)).hasSize(5).contains("order-service");
		assertThat(ServiceFleet.missingJars(root)).isEmpty();
	}

	private static ServiceFleet.Builder fleet() {
		return ServiceFleet.builder(root)
			.postgres("localhost", 5999)
			.kafka("127.0.0.1:9999")
			.freePorts()
			.logDirectory(root.resolve("logs"))
			.jvmOptions(SMALL_JVM);
	}

	private static Map<String, String> environmentOf(ServiceProcess service) {
		return service.environment();
	}

	private static String get(URI uri) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
		}
	}

}

package dev.foodmesh.infra.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.google.protobuf.ByteString;
import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.FreePorts;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher against fake service jars: real Postgres and Kafka, real child processes,
 * on ports of its own.
 */
class LocalStackIT {

	@TempDir
	static Path root;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final List<LocalStack> stacks = new ArrayList<>();

	@BeforeAll
	static void buildFakeRepository() throws IOException {
		FakeRepository.create(root);
	}

	@AfterEach
	void stopStacks() {
		this.stacks.forEach(LocalStack::stop);
	}

	@Test
	void shouldStartEverythingAndLeaveNothingRunningAfterStop() throws IOException {
		LocalStackOptions options = options("--clean");
		LocalStack stack = stack(options);

		assertThat(stack.run()).isZero();

		String banner = printed();
		assertThat(banner).contains("FoodMesh is up", "order-service",
				"curl -si localhost:" + orderPort(options) + "/orders", "11111111-1111-4111-8111-111111111111",
				"Idempotency-Key", "curl -sSN localhost:" + orderPort(options) + "/orders/<order-id>/events",
				"export ALICE_TOKEN=ey", "export COURIER_TOKEN=ey", "export OPERATOR_TOKEN=ey",
				"-H \"Authorization: Bearer $ALICE_TOKEN\"");
		List<ProcessHandle> children = ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
		assertThat(children).isNotEmpty();
		assertThat(Files.list(options.stateDirectory().resolve("pids"))).hasSize(5);
		assertThat(options.stateDirectory().resolve("postgres/PG_VERSION")).content().startsWith("18");
		assertThat(options.stateDirectory().resolve("kafka/meta.properties")).exists();

		stack.stop();

		assertThat(children).noneMatch(ProcessHandle::isAlive);
		assertThat(printed()).contains("Stopped in");
		assertThat(options.stateDirectory().resolve("pids")).doesNotExist();
	}

	@Test
	void shouldReuseTheDataOfTheLastRun() throws IOException {
		LocalStackOptions first = options("--clean");
		LocalStack stack = stack(first);
		assertThat(stack.run()).isZero();
		String clusterId = Files.readString(first.stateDirectory().resolve("kafka/meta.properties"));
		stack.stop();

		LocalStack again = stack(options());
		assertThat(again.run()).isZero();

		assertThat(first.stateDirectory().resolve("kafka/meta.properties")).hasContent(clusterId);
	}

	@Test
	void shouldStopAPostgresLeftRunningByAKilledLauncher() throws Exception {
		LocalStackOptions options = options("--clean");
		Files.createDirectories(options.stateDirectory());
		// what a launcher killed with SIGKILL leaves behind: a postmaster on the state's
		// data directory
		Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), LeftoverPostgres.class.getName(),
				Integer.toString(options.postgresPort()), options.stateDirectory().resolve("postgres").toString())
			.inheritIO()
			.start();
		assertThat(killed.waitFor()).isEqualTo(9);
		assertThat(FreePorts.isTaken(options.postgresPort())).isTrue();
		LocalStack stack = stack(LocalStackOptions.parse(List.of("--no-otel",
				"--postgres-port=" + options.postgresPort(), "--kafka-port=" + options.kafkaPort(),
				"--kafka-controller-port=" + options.kafkaControllerPort(), "--port-offset=" + options.portOffset(),
				"--jvm-opts=-Xmx32m -XX:+UseSerialGC", "--ready-timeout=60"), Map.of(), root));

		assertThat(stack.run()).isZero();
		assertThat(printed()).doesNotContain("ports are already taken");
	}

	@Test
	void shouldNameTheTakenPortAndItsProcess() throws IOException {
		LocalStackOptions options = options();
		try (ServerSocket squatter = new ServerSocket(options.kafkaPort(), 1, InetAddress.getLoopbackAddress())) {
			LocalStack stack = stack(options);

			assertThat(stack.run()).isEqualTo(2);
		}

		assertThat(printed())
			.contains("port " + options.kafkaPort() + " (Kafka) is in use by pid " + ProcessHandle.current().pid());
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
	}

	@Test
	void shouldRefuseASecondStackOnTheSameState() {
		LocalStackOptions options = options();
		assertThat(stack(options).run()).isZero();

		LocalStack second = stack(options);

		assertThat(second.run()).isEqualTo(2);
		assertThat(printed()).contains("Another ./run-local.sh is already running");
	}

	@Test
	void shouldKillAndRestartEachPartThroughTheControlChannelWhileTheRestKeepsRunning() throws Exception {
		LocalStackOptions options = options("--clean");
		LocalStack stack = stack(options);
		assertThat(stack.run()).isZero();
		ControlChannel control = new ControlChannel(options.controlPort());
		long orderPid = pid(control.get("/status"), "order-service");
		long userPid = pid(control.get("/status"), "user-service");

		assertThat(control.post("/services/order/kill")).startsWith("200 SIGKILL to order-service (pid " + orderPid);
		assertThat(ProcessHandle.of(orderPid)).isEmpty();
		assertThat(control.get("/status"))
			.contains("{\"name\":\"order-service\",\"pid\":" + orderPid + ",\"alive\":false}");
		assertThat(control.post("/services/order/start")).startsWith("200 started order-service").contains("ready");
		assertThat(pid(control.get("/status"), "order-service")).isNotEqualTo(orderPid);
		assertThat(pid(control.get("/status"), "user-service")).isEqualTo(userPid);

		assertThat(control.post("/services/user/pause")).startsWith("200 SIGSTOP to user-service");
		assertThat(ProcessHandle.of(userPid).orElseThrow().isAlive()).isTrue();
		assertThat(control.post("/services/user/resume")).startsWith("200 SIGCONT to user-service");

		assertThat(control.post("/kafka/stop")).startsWith("200 stopped Kafka");
		assertThat(FreePorts.isTaken(options.kafkaPort())).isFalse();
		assertThat(control.post("/kafka/stop")).startsWith("409 Kafka is not running");
		assertThat(control.post("/kafka/start")).startsWith("200 started Kafka");
		assertThat(FreePorts.isTaken(options.kafkaPort())).isTrue();

		long postmaster = postmaster(control.get("/status"));
		assertThat(control.post("/postgres/kill")).startsWith("200 SIGKILL to Postgres (postmaster pid " + postmaster);
		assertThat(control.post("/postgres/start")).startsWith("200 started Postgres");
		assertThat(postmaster(control.get("/status"))).isPositive().isNotEqualTo(postmaster);

		assertThat(control.post("/services/nobody/kill")).startsWith("404");
		assertThat(control.get("/services/order/kill")).startsWith("405");
		assertThat(printed()).contains("control: SIGKILL to order-service").doesNotContain("!! order-service exited");
		stack.stop();
		assertThat(FreePorts.isTaken(options.controlPort())).isFalse();
	}

	@Test
	void shouldReceiveTracesItselfAndPointEveryAgentAtItsReceiver() throws Exception {
		LocalStackOptions traced = LocalStackOptions.parse(
				arguments(List.of("--clean", "--traces", "--otel-agent=" + FakeRepository.agent(root))), Map.of(),
				root);
		LocalStack stack = stack(traced);

		assertThat(stack.run()).isZero();

		String endpoint = "http://127.0.0.1:" + traced.tracesPort() + "/v1/traces";
		assertThat(printed()).contains("Traces: kept by the launcher", endpoint, "./run-local.sh trace <order-id>");
		try (HttpClient http = HttpClient.newHttpClient()) {
			String environment = http.send(HttpRequest
				.newBuilder(URI
					.create("http://localhost:" + (FoodMeshService.PAYMENT.apiPort() + traced.portOffset()) + "/env"))
				.build(), HttpResponse.BodyHandlers.ofString()).body();
			assertThat(environment).contains("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT=" + endpoint,
					"OTEL_TRACES_EXPORTER=otlp", "OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf");
		}
		// what order-service keeps of a placed order, and what its agent exports for it
		String orderId = "0b5a4c1e-7d2f-4e8a-9c3b-1f2e3d4c5b6a";
		String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
		keepTraceOfOrder(traced, orderId, "00-" + traceId + "-00f067aa0ba902b7-01");
		exportSpan(endpoint, traceId, "POST /orders");

		ByteArrayOutputStream answer = new ByteArrayOutputStream();
		PrintStream console = new PrintStream(answer, true, StandardCharsets.UTF_8);
		int exit = TraceCommand.run(List.of(orderId, "--port-offset=" + traced.portOffset()), Map.of(), root, console,
				console);
		assertThat(answer.toString(StandardCharsets.UTF_8)).as("exit %d", exit)
			.startsWith("order " + orderId + ": trace " + traceId + ", 1 span over 5.0 ms")
			.contains("order-service      SERVER POST /orders");
		assertThat(exit).isZero();
		stack.stop();
		assertThat(FreePorts.isTaken(traced.tracesPort())).isFalse();
	}

	/**
	 * The row order-service writes when it places an order ({@code orders.traceparent},
	 * migration V2).
	 */
	private static void keepTraceOfOrder(LocalStackOptions options, String orderId, String traceparent)
			throws SQLException {
		String database = FoodMeshService.ORDER.databaseName();
		try (Connection connection = DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + options.postgresPort() + "/" + database, database, database);
				Statement statement = connection.createStatement()) {
			statement.execute("create table orders (id uuid primary key, traceparent text)");
			statement.execute("insert into orders values ('" + orderId + "', '" + traceparent + "')");
		}
	}

	private static void exportSpan(String endpoint, String traceId, String name) throws Exception {
		long now = System.currentTimeMillis() * 1_000_000;
		Span span = Span.newBuilder()
			.setTraceId(ByteString.copyFrom(HexFormat.of().parseHex(traceId)))
			.setSpanId(ByteString.copyFrom(HexFormat.of().parseHex("00f067aa0ba902b7")))
			.setName(name)
			.setKind(Span.SpanKind.SPAN_KIND_SERVER)
			.setStartTimeUnixNano(now)
			.setEndTimeUnixNano(now + 5_000_000)
			.build();
		ExportTraceServiceRequest export = ExportTraceServiceRequest.newBuilder()
			.addResourceSpans(ResourceSpans.newBuilder()
				.setResource(Resource.newBuilder()
					.addAttributes(KeyValue.newBuilder()
						.setKey("service.name")
						.setValue(AnyValue.newBuilder().setStringValue("order-service"))))
				.addScopeSpans(ScopeSpans.newBuilder().addSpans(span)))
			.build();
		try (HttpClient http = HttpClient.newHttpClient()) {
			assertThat(http
				.send(HttpRequest.newBuilder(URI.create(endpoint))
					.POST(HttpRequest.BodyPublishers.ofByteArray(export.toByteArray()))
					.build(), HttpResponse.BodyHandlers.discarding())
				.statusCode()).isEqualTo(200);
		}
	}

	private static long pid(String status, String service) {
		Matcher matcher = Pattern.compile("\"name\":\"" + service + "\",\"pid\":(\\d+)").matcher(status);
		assertThat(matcher.find()).as(status).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static long postmaster(String status) {
		Matcher matcher = Pattern.compile("\"postgres\":\\{\"running\":true,\"pid\":(\\d+)").matcher(status);
		assertThat(matcher.find()).as(status).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	/** The launcher's control channel, answers as {@code "<status> <body>"}. */
	private record ControlChannel(int port) {

		String get(String path) throws Exception {
			return send(HttpRequest.newBuilder(uri(path)).GET());
		}

		String post(String path) throws Exception {
			return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
		}

		private URI uri(String path) {
			return URI.create("http://127.0.0.1:" + this.port + path);
		}

		private static String send(HttpRequest.Builder request) throws Exception {
			try (HttpClient http = HttpClient.newHttpClient()) {
				HttpResponse<String> response = http.send(request.timeout(Duration.ofMinutes(2)).build(),
						HttpResponse.BodyHandlers.ofString());
				return response.statusCode() + " " + response.body();
			}
		}

	}

	private LocalStack stack(LocalStackOptions options) {
		LocalStack stack = new LocalStack(options, new PrintStream(this.output, true, StandardCharsets.UTF_8));
		this.stacks.add(stack);
		return stack;
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	private static int orderPort(LocalStackOptions options) {
		return FoodMeshService.ORDER.apiPort() + options.portOffset();
	}

	private static LocalStackOptions options(String... extra) {
		List<String> args = new ArrayList<>(List.of("--no-otel"));
		args.addAll(List.of(extra));
		return LocalStackOptions.parse(arguments(args), Map.of(), root);
	}

	/** Free ports, small service JVMs, and {@code extra}. */
	private static List<String> arguments(List<String> extra) {
		List<String> args = new ArrayList<>(
				List.of("--postgres-port=" + FreePorts.find(), "--kafka-port=" + FreePorts.find(),
						"--kafka-controller-port=" + FreePorts.find(), "--port-offset=" + freeOffset(),
						"--jvm-opts=-Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1", "--ready-timeout=60"));
		args.addAll(extra);
		return args;
	}

	/** An offset at which 8080–8084 and 9080–9084 are all free. */
	private static int freeOffset() {
		for (int offset = 20000; offset < 40000; offset += 7) {
			int candidate = offset;
			// 9079: the control channel, 4318: the trace receiver of --traces
			boolean free = IntStream.rangeClosed(0, 4)
				.allMatch((i) -> !FreePorts.isTaken(8080 + candidate + i) && !FreePorts.isTaken(9080 + candidate + i))
					&& !FreePorts.isTaken(9079 + candidate) && !FreePorts.isTaken(4318 + candidate);
			if (free) {
				return offset;
			}
		}
		throw new IllegalStateException("no free port range");
	}

}

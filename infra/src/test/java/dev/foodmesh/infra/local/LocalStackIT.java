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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher against fake service jars: real Postgres and Kafka, real child processes, on ports of its own.
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
        assertThat(banner).contains("FoodMesh is up", "order-service", "curl -si localhost:" + orderPort(options)
                + "/orders", "11111111-1111-4111-8111-111111111111", "Idempotency-Key",
                "curl -sSN localhost:" + orderPort(options) + "/orders/<order-id>/events",
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
        // what a launcher killed with SIGKILL leaves behind: a postmaster on the state's data directory
        Process killed = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LeftoverPostgres.class.getName(),
                Integer.toString(options.postgresPort()), options.stateDirectory().resolve("postgres").toString())
            .inheritIO()
            .start();
        assertThat(killed.waitFor()).isEqualTo(9);
        assertThat(FreePorts.isTaken(options.postgresPort())).isTrue();
        LocalStack stack = stack(LocalStackOptions.parse(List.of("--no-otel", "--postgres-port=" + options.postgresPort(),
                "--kafka-port=" + options.kafkaPort(), "--kafka-controller-port=" + options.kafkaControllerPort(),
                "--port-offset=" + options.portOffset(), "--jvm-opts=-Xmx32m -XX:+UseSerialGC", "--ready-timeout=60"),
                Map.of(), root));

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

        assertThat(printed()).contains("port " + options.kafkaPort() + " (Kafka) is in use by pid "
                + ProcessHandle.current().pid());
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
        assertThat(control.get("/status")).contains("{\"name\":\"order-service\",\"pid\":" + orderPid
                + ",\"alive\":false}");
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
        List<String> args = new ArrayList<>(List.of("--no-otel", "--postgres-port=" + FreePorts.find(),
                "--kafka-port=" + FreePorts.find(), "--kafka-controller-port=" + FreePorts.find(),
                "--port-offset=" + freeOffset(), "--jvm-opts=-Xmx32m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
                "--ready-timeout=60"));
        args.addAll(List.of(extra));
        return LocalStackOptions.parse(args, Map.of(), root);
    }

    /** An offset at which 8080–8084 and 9080–9084 are all free. */
    private static int freeOffset() {
        for (int offset = 20000; offset < 40000; offset += 7) {
            int candidate = offset;
            // 9079: the control channel
            boolean free = IntStream.rangeClosed(0, 4)
                .allMatch((i) -> !FreePorts.isTaken(8080 + candidate + i) && !FreePorts.isTaken(9080 + candidate + i))
                    && !FreePorts.isTaken(9079 + candidate);
            if (free) {
                return offset;
            }
        }
        throw new IllegalStateException("no free port range");
    }

}

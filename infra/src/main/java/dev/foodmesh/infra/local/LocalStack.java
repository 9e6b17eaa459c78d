package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.FoodMeshTopics;
import dev.foodmesh.infra.FreePorts;
import dev.foodmesh.infra.KafkaServer;
import dev.foodmesh.infra.PostgresServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The one-command local stack behind {@code ./run-local.sh}: Postgres 18 and a KRaft Kafka broker in this JVM, the
 * five services as child JVMs with the OpenTelemetry agent and the {@code demo} profile, in the foreground until
 * Ctrl-C or SIGTERM.
 * <p>
 * State lives under {@code .local/}: {@code postgres/} and {@code kafka/} (kept between runs, {@code --clean} deletes
 * them), {@code logs/<service>.log}, {@code logs/postgres.log}, {@code logs/infrastructure.log} (Kafka and this
 * launcher), and {@code pids/} so that services left behind by a killed launcher are stopped on the next start.
 * <p>
 * While it runs, its control channel ({@link StackControl}, on 127.0.0.1) lets a drill kill and restart one service,
 * the broker or Postgres while the rest keeps running.
 */
public final class LocalStack implements StackFaults {

    /** Exit codes: 2 = cannot start (port taken, another stack running, bad option), 3 = not built, 1 = failure. */
    private static final int CANNOT_START = 2;

    private static final int NOT_BUILT = 3;

    /** SIGTERM → SIGKILL for the services; with Kafka and Postgres after them, all stops within 30 s. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    /** How often the wait for the services names those still starting. */
    private static final Duration STARTUP_REMINDER = Duration.ofSeconds(15);

    private static final String USER_ALICE = "11111111-1111-4111-8111-111111111111";

    private static final String PIZZERIA_ROMA = "22222222-2222-4222-8222-222222222221";

    private static final String MARGHERITA = "33333333-3333-4333-8333-333333333311";

    /**
     * The agent instrumentations FoodMesh's libraries need for one trace per order (HTTP in and out, Reactor context,
     * R2DBC, Kafka records and their headers, trace ids in log MDC, the OTel API the messaging kit uses to carry
     * {@code traceparent} through the outbox). Enabling only these halves the agent's start-up cost.
     */
    static final List<String> OTEL_INSTRUMENTATIONS = List.of("netty", "reactor-netty", "spring-webflux", "reactor",
            "r2dbc", "kafka", "reactor-kafka", "executors", "spring-data", "logback-mdc",
            "opentelemetry-api", "opentelemetry-instrumentation-annotations");

    private final LocalStackOptions options;

    private final PrintStream out;

    private final CountDownLatch stopped = new CountDownLatch(1);

    private final long started = System.nanoTime();

    private volatile boolean stopping;

    private @Nullable FileChannel lockChannel;

    // replaced by the control channel's thread when Postgres or Kafka are restarted
    private volatile @Nullable PostgresServer postgres;

    private volatile @Nullable KafkaServer kafka;

    private @Nullable ServiceFleet fleet;

    private @Nullable StackControl control;

    /** Services the control channel stopped on purpose: their exit is no crash to report. */
    private final Set<String> expectedExits = ConcurrentHashMap.newKeySet();

    LocalStack(LocalStackOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        LocalStackOptions options;
        Path root = Path.of(System.getProperty("foodmesh.root", System.getProperty("user.dir"))).toAbsolutePath();
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(LocalStackOptions.USAGE);
            return;
        }
        try {
            options = LocalStackOptions.parse(List.of(args), System.getenv(), root);
        }
        catch (IllegalArgumentException ex) {
            System.err.println(ex.getMessage());
            System.err.print(LocalStackOptions.USAGE);
            System.exit(CANNOT_START);
            return;
        }
        // before the first logger exists: the launcher's log file lives in the state directory
        System.setProperty("foodmesh.local.logs", options.stateDirectory().resolve("logs").toString());
        // initialise logging now, on one thread: Postgres and Kafka start on two at once
        LoggerFactory.getILoggerFactory();
        LocalStack stack = new LocalStack(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "foodmesh-local-stack-stop"));
        int exitCode = stack.run();
        if (exitCode != 0) {
            System.exit(exitCode);
        }
        stack.awaitStop();
    }

    /** Starts everything; returns 0 once all is ready, or an exit code after cleaning up. */
    int run() {
        try {
            Files.createDirectories(logs());
            if (!lockState()) {
                return CANNOT_START;
            }
            stopLeftovers();
            if (this.options.clean()) {
                clean();
            }
            List<String> missing = ServiceFleet.missingJars(this.options.root());
            if (!missing.isEmpty()) {
                this.out.println("Not built yet: " + String.join(", ", missing)
                        + ". Build with: ./mvnw -B -q -DskipTests install (run-local.sh does this for you)");
                return NOT_BUILT;
            }
            Path agent = this.options.otel() ? otelAgent() : null;
            if (!portsFree()) {
                return CANNOT_START;
            }
            // unpacking the service jars overlaps with the start of Postgres and Kafka
            CompletableFuture<ServiceFleet> building = CompletableFuture.supplyAsync(() -> buildFleet(agent),
                    (task) -> Thread.ofPlatform().name("build-fleet").start(task));
            try {
                startInfrastructure();
            }
            finally {
                this.fleet = joinQuietly(building);
            }
            ServiceFleet services;
            try {
                services = building.join();
            }
            catch (CompletionException ex) {
                throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
            }
            startServices(services);
            this.control = StackControl.start(this.options.controlPort(), this, this.options.readyTimeout());
            printBanner(services, agent);
            services.services().forEach(this::watchForCrash);
            return 0;
        }
        catch (ServiceStartException ex) {
            this.out.println();
            this.out.println("FAILED: " + ex.getMessage());
            this.out.println("Stopping everything.");
            return 1;
        }
        catch (RuntimeException | IOException ex) {
            this.out.println();
            this.out.println("FAILED: " + ex);
            this.out.println("Details in " + relative(logs().resolve("infrastructure.log")) + ". Stopping everything.");
            ex.printStackTrace(System.err);
            return 1;
        }
    }

    void awaitStop() {
        try {
            this.stopped.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the services, then Kafka, then Postgres; idempotent. Runs in the shutdown hook. */
    void stop() {
        synchronized (this) {
            if (this.stopping) {
                return;
            }
            this.stopping = true;
        }
        long begin = System.nanoTime();
        boolean anything = this.fleet != null || this.kafka != null || this.postgres != null;
        if (anything) {
            this.out.println();
            this.out.println("Stopping FoodMesh...");
        }
        if (this.control != null) {
            this.control.close();
        }
        try {
            if (this.fleet != null) {
                this.fleet.stop(STOP_GRACE);
                deletePidFiles();
            }
        }
        catch (RuntimeException ex) {
            this.out.println("  could not stop every service: " + ex);
        }
        try {
            if (this.kafka != null) {
                this.kafka.close();
            }
        }
        catch (RuntimeException ex) {
            this.out.println("  could not stop Kafka cleanly: " + ex);
        }
        try {
            if (this.postgres != null) {
                this.postgres.close();
            }
        }
        catch (RuntimeException ex) {
            this.out.println("  could not stop Postgres cleanly: " + ex);
        }
        releaseState();
        if (anything) {
            this.out.printf(Locale.ROOT, "Stopped in %.1f s. Data kept in %s (--clean starts from scratch).%n",
                    seconds(begin), relative(this.options.stateDirectory()));
        }
        this.stopped.countDown();
    }

    private boolean lockState() throws IOException {
        Path lockFile = this.options.stateDirectory().resolve("launcher.lock");
        FileChannel channel = new RandomAccessFile(lockFile.toFile(), "rw").getChannel();
        FileLock lock;
        try {
            lock = channel.tryLock();
        }
        catch (OverlappingFileLockException ex) {
            // held by another stack in this very JVM (tests)
            lock = null;
        }
        if (lock == null) {
            String holder = Files.readString(lockFile, StandardCharsets.UTF_8).trim();
            channel.close();
            this.out.println("Another ./run-local.sh is already running on " + relative(this.options.stateDirectory())
                    + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                    + ". Stop it first (Ctrl-C in its terminal), or use --state-dir and other ports for a second one.");
            return false;
        }
        channel.truncate(0);
        channel.write(StandardCharsets.UTF_8.encode(Long.toString(ProcessHandle.current().pid())));
        this.lockChannel = channel;
        return true;
    }

    private void releaseState() {
        try {
            if (this.lockChannel != null) {
                this.lockChannel.close();
            }
        }
        catch (IOException ex) {
            // the lock goes with the process anyway
        }
    }

    /**
     * A launcher killed with SIGKILL cannot stop its services. Their pids are in {@code pids/}: stop those that still
     * run the same jar.
     */
    private void stopLeftovers() throws IOException {
        // logs a warning naming the pid when there was one
        PostgresServer.stopLeftoverServer(this.options.stateDirectory().resolve("postgres"));
        Path pids = this.options.stateDirectory().resolve("pids");
        if (!Files.isDirectory(pids)) {
            return;
        }
        try (Stream<Path> files = Files.list(pids)) {
            for (Path file : files.toList()) {
                String[] content = Files.readString(file, StandardCharsets.UTF_8).trim().split("\\s+", 2);
                Optional<ProcessHandle> process = parsePid(content[0]).flatMap(ProcessHandle::of)
                    .filter(ProcessHandle::isAlive)
                    .filter((handle) -> content.length > 1
                            && handle.info().commandLine().map((line) -> line.contains(content[1])).orElse(false));
                if (process.isPresent()) {
                    this.out.println("Stopping " + file.getFileName().toString().replace(".pid", "") + " (pid "
                            + process.get().pid() + ") left running by an earlier run");
                    process.get().destroy();
                    try {
                        process.get().onExit().get(ServiceProcess.DEFAULT_STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
                    }
                    catch (Exception ex) {
                        process.get().destroyForcibly();
                    }
                }
                Files.deleteIfExists(file);
            }
        }
    }

    private void clean() throws IOException {
        for (String directory : List.of("postgres", "kafka")) {
            deleteRecursively(this.options.stateDirectory().resolve(directory));
        }
        this.out.println("--clean: deleted the data of earlier runs in " + relative(this.options.stateDirectory()));
    }

    private Path otelAgent() {
        if (this.options.otelAgent() != null) {
            return this.options.otelAgent();
        }
        Path copied = this.options.root().resolve("infra/target/otel/opentelemetry-javaagent.jar");
        if (Files.isRegularFile(copied)) {
            return copied;
        }
        throw new IllegalStateException("No OpenTelemetry agent at " + copied
                + ": build infra (./mvnw -B -q -pl infra -DskipTests package) or pass --no-otel");
    }

    private ServiceFleet buildFleet(@Nullable Path agent) {
        ServiceFleet.Builder builder = ServiceFleet.builder(this.options.root())
            .postgres("localhost", this.options.postgresPort())
            .kafka("127.0.0.1:" + this.options.kafkaPort())
            .portOffset(this.options.portOffset())
            .logDirectory(logs())
            .profiles("demo")
            .jvmOptions(this.options.jvmOptions())
            .otelAgent(agent)
            .otelInstrumentations(this.options.otelAllInstrumentations() ? List.of() : OTEL_INSTRUMENTATIONS)
            .extractJarsTo(this.options.stateDirectory().resolve("app"))
            .argument(FoodMeshService.DELIVERY,
                    "--foodmesh.delivery.simulator.enabled=" + this.options.simulator());
        if (this.options.pickupDelay() != null) {
            builder.argument(FoodMeshService.DELIVERY,
                    "--foodmesh.delivery.simulator.pickup-delay=" + this.options.pickupDelay());
        }
        if (this.options.deliveryDelay() != null) {
            builder.argument(FoodMeshService.DELIVERY,
                    "--foodmesh.delivery.simulator.delivery-delay=" + this.options.deliveryDelay());
        }
        return builder.build();
    }

    private static @Nullable ServiceFleet joinQuietly(CompletableFuture<ServiceFleet> building) {
        try {
            return building.join();
        }
        catch (RuntimeException ex) {
            return null;
        }
    }

    private boolean portsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("Postgres", this.options.postgresPort());
        ports.put("Kafka", this.options.kafkaPort());
        ports.put("Kafka controller", this.options.kafkaControllerPort());
        ports.put("launcher control channel", this.options.controlPort());
        for (FoodMeshService service : FoodMeshService.values()) {
            ports.put(service.serviceName() + " API", service.apiPort() + this.options.portOffset());
            ports.put(service.serviceName() + " management", service.managementPort() + this.options.portOffset());
        }
        List<String> taken = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (FreePorts.isTaken(port)) {
                taken.add("  port " + port + " (" + what + ") is in use"
                        + PortOwners.describe(port).map((owner) -> " by " + owner).orElse(" by another process"));
            }
        });
        if (taken.isEmpty()) {
            return true;
        }
        this.out.println("Cannot start FoodMesh: ports are already taken.");
        taken.forEach(this.out::println);
        this.out.println("Stop that process, or move FoodMesh: --postgres-port=N, --kafka-port=N, "
                + "--kafka-controller-port=N, --port-offset=N (see ./run-local.sh --help).");
        return false;
    }

    private void startInfrastructure() {
        this.out.println("Starting Postgres and Kafka (state in " + relative(this.options.stateDirectory()) + ")...");
        CompletableFuture<PostgresServer> startingPostgres = CompletableFuture.supplyAsync(() -> postgresBuilder().start());
        try {
            this.kafka = kafkaBuilder().start();
        }
        finally {
            this.postgres = startingPostgres.join();
        }
        this.postgres.createServiceDatabases();
        this.kafka.createTopics(this.options.partitions());
        this.out.printf(Locale.ROOT, "  Postgres %s on localhost:%d%s, Kafka on %s with %d topics (%.1f s)%n",
                this.postgres.serverVersion(), this.postgres.port(),
                this.options.durablePostgres() ? " (durable commits)" : "", this.kafka.bootstrapServers(),
                FoodMeshTopics.all().size(), seconds(this.started));
    }

    private KafkaServer.Builder kafkaBuilder() {
        return KafkaServer.builder()
            .port(this.options.kafkaPort())
            .controllerPort(this.options.kafkaControllerPort())
            .dataDirectory(this.options.stateDirectory().resolve("kafka"));
    }

    private PostgresServer.Builder postgresBuilder() {
        PostgresServer.Builder builder = PostgresServer.builder()
            .port(this.options.postgresPort())
            .dataDirectory(this.options.stateDirectory().resolve("postgres"))
            .logFile(logs().resolve("postgres.log"))
            // stopped by this launcher's hook, after the services that use it
            .stopOnJvmExit(false);
        return this.options.durablePostgres() ? builder.durable() : builder;
    }

    private void startServices(ServiceFleet services) throws IOException {
        this.out.println("Starting " + services.services().size() + " services (logs in " + relative(logs())
                + ")...");
        services.start();
        writePidFiles(services);
        List<String> names = services.services().stream().map(ServiceProcess::name).toList();
        try (StartupProgress progress = StartupProgress.every(STARTUP_REMINDER, names, this.out,
                () -> seconds(this.started))) {
            services.awaitReady(this.options.readyTimeout(), (service) -> progress.ready(service.name()));
        }
    }

    private void watchForCrash(ServiceProcess service) {
        service.onExit().thenAccept((code) -> {
            if (!this.stopping && !this.expectedExits.remove(service.name())) {
                this.out.println();
                this.out.println("!! " + service.name() + " exited with code " + code + ". See "
                        + relative(service.logFile()) + ". The rest keeps running; Ctrl-C stops everything.");
            }
        });
    }

    @Override
    public String killService(String name) {
        ServiceProcess service = runningService(name);
        long pid = service.pid().orElse(-1);
        this.expectedExits.add(service.name());
        service.kill();
        return announce("SIGKILL to " + service.name() + " (pid " + pid + ")");
    }

    @Override
    public String startService(String name, Duration timeout) {
        ServiceProcess service = services().service(name);
        long begin = System.nanoTime();
        service.start();
        watchForCrash(service);
        try {
            writePidFiles(services());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        service.awaitReady(timeout);
        return announce(String.format(Locale.ROOT, "started %s (pid %d), ready after %.1f s", service.name(),
                service.pid().orElse(-1), seconds(begin)));
    }

    @Override
    public String pauseService(String name) {
        ServiceProcess service = runningService(name);
        service.pause();
        return announce("SIGSTOP to " + service.name() + " (pid " + service.pid().orElse(-1) + ")");
    }

    @Override
    public String resumeService(String name) {
        ServiceProcess service = runningService(name);
        service.resume();
        return announce("SIGCONT to " + service.name() + " (pid " + service.pid().orElse(-1) + ")");
    }

    @Override
    public synchronized String stopKafka() {
        KafkaServer running = this.kafka;
        if (running == null) {
            throw new IllegalStateException("Kafka is not running");
        }
        long begin = System.nanoTime();
        this.kafka = null;
        running.close();
        return announce(String.format(Locale.ROOT, "stopped Kafka in %.1f s", seconds(begin)));
    }

    @Override
    public synchronized String startKafka() {
        if (this.kafka != null) {
            throw new IllegalStateException("Kafka is running");
        }
        long begin = System.nanoTime();
        this.kafka = kafkaBuilder().start();
        return announce(String.format(Locale.ROOT, "started Kafka in %.1f s", seconds(begin)));
    }

    @Override
    public synchronized String killPostgres() {
        PostgresServer running = this.postgres;
        if (running == null) {
            throw new IllegalStateException("Postgres is not running");
        }
        this.postgres = null;
        return announce("SIGKILL to Postgres (postmaster pid " + running.kill() + " and its processes)");
    }

    @Override
    public synchronized String startPostgres() {
        if (this.postgres != null) {
            throw new IllegalStateException("Postgres is running");
        }
        long begin = System.nanoTime();
        this.postgres = postgresBuilder().start();
        return announce(String.format(Locale.ROOT, "started Postgres in %.1f s (crash recovery included)",
                seconds(begin)));
    }

    @Override
    public String status() {
        String services = services().services()
            .stream()
            .map((service) -> String.format(Locale.ROOT, "{\"name\":\"%s\",\"pid\":%d,\"alive\":%s}",
                    service.name(), service.pid().orElse(-1), service.isAlive()))
            .collect(Collectors.joining(","));
        PostgresServer currentPostgres = this.postgres;
        long postmaster = (currentPostgres != null)
                ? currentPostgres.postmaster().map(ProcessHandle::pid).orElse(-1L) : -1;
        return String.format(Locale.ROOT, "{\"services\":[%s],\"kafka\":{\"running\":%s},"
                + "\"postgres\":{\"running\":%s,\"pid\":%d}}", services, this.kafka != null,
                currentPostgres != null, postmaster);
    }

    private ServiceFleet services() {
        ServiceFleet services = this.fleet;
        if (services == null) {
            throw new IllegalStateException("The services are not started yet");
        }
        return services;
    }

    private ServiceProcess runningService(String name) {
        ServiceProcess service = services().service(name);
        if (!service.isAlive()) {
            throw new IllegalStateException(service.name() + " is not running");
        }
        return service;
    }

    /** Every fault shows on the launcher's console, so that whoever watches it knows the outage is on purpose. */
    private String announce(String what) {
        this.out.println("control: " + what);
        return what;
    }

    private void printBanner(ServiceFleet services, @Nullable Path agent) {
        ServiceProcess order = services.service(FoodMeshService.ORDER);
        String orders = "localhost:" + order.apiPort() + "/orders";
        String body = """
                {"userId":"%s","restaurantId":"%s","items":[{"menuItemId":"%s","quantity":2}],\
                "deliveryAddress":{"street":"Friedrichstr. 1","city":"Berlin","postalCode":"10117"},\
                "paymentToken":"tok_visa"}""".formatted(USER_ALICE, PIZZERIA_ROMA, MARGHERITA);
        String post = placeOrder(orders, "'Idempotency-Key: " + UUID.randomUUID() + "'", body);
        String postWithFreshKey = placeOrder(orders,
                "\"Idempotency-Key: $(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)\"", body);
        PrintStream o = this.out;
        o.println();
        o.printf(Locale.ROOT, "FoodMesh is up: everything ready in %.1f s.%n", seconds(this.started));
        o.println();
        o.printf(Locale.ROOT, "  %-19s %-24s %-34s %s%n", "service", "API", "management (actuator)", "log");
        for (ServiceProcess service : services.services()) {
            o.printf(Locale.ROOT, "  %-19s %-24s %-34s %s%n", service.name(), "http://localhost:" + service.apiPort(),
                    "http://localhost:" + service.managementPort() + "/actuator", relative(service.logFile()));
        }
        o.printf(Locale.ROOT, "  %-19s %-24s %-34s %s%n", "postgres", "localhost:" + this.options.postgresPort(),
                "db/user/password foodmesh_<svc>", relative(logs().resolve("postgres.log")));
        o.printf(Locale.ROOT, "  %-19s %-24s %-34s %s%n", "kafka", "localhost:" + this.options.kafkaPort(),
                "topics foodmesh.*.events.v1(.dlt)", relative(logs().resolve("infrastructure.log")));
        o.println();
        o.println("  Data: " + relative(this.options.stateDirectory()) + " (kept between runs; --clean starts afresh)");
        o.println("  OpenTelemetry: " + ((agent == null) ? "agent not attached (--no-otel)"
                : otelExporting() ? "agent attached, exporting per your OTEL_* settings"
                        : "agent attached, exporters off (set e.g. OTEL_EXPORTER_OTLP_ENDPOINT to export)"));
        o.println("  Delivery simulator: " + (this.options.simulator() ? "on" : "off (use the delivery API)"));
        o.println("  Control channel (drills): http://127.0.0.1:" + this.options.controlPort()
                + "/status (infra/README.md)");
        o.println();
        DevTokensBanner.print(o, USER_ALICE);
        o.println("Place an order (Alice, 2 x Margherita at Pizzeria Roma, card tok_visa); the same key again");
        o.println("returns the same order:");
        o.println();
        o.println("  " + post);
        o.println();
        o.println("Follow it live (id from the Location header; the stream ends at DELIVERED):");
        o.println();
        o.println("  curl -sSN " + orders + "/<order-id>/events " + DevTokensBanner.customerHeader());
        o.println();
        o.println("Or both at once:");
        o.println();
        o.println("  ORDER=$(" + postWithFreshKey
                + " | tr -d '\\r' | awk -F/ 'tolower($0) ~ /^location:/ {print $NF}') && curl -sSN " + orders
                + "/$ORDER/events " + DevTokensBanner.customerHeader());
        o.println();
        o.println("Demo users, restaurants and menu ids: docs/demo-data.md. Ctrl-C stops everything.");
    }

    private static String placeOrder(String orders, String idempotencyHeader, String body) {
        return "curl -si " + orders + " " + DevTokensBanner.customerHeader() + " -H 'Content-Type: application/json' -H "
                + idempotencyHeader + " -d '" + body + "'";
    }

    private boolean otelExporting() {
        return System.getenv().keySet().stream().anyMatch((key) -> key.startsWith("OTEL_") && !key.equals("OTEL_SERVICE_NAME"));
    }

    private void writePidFiles(ServiceFleet services) throws IOException {
        Path pids = Files.createDirectories(this.options.stateDirectory().resolve("pids"));
        for (ServiceProcess service : services.services()) {
            String jar = service.command().get(service.command().indexOf("-jar") + 1);
            Files.writeString(pids.resolve(service.name() + ".pid"), service.pid().orElse(-1) + " " + jar);
        }
    }

    private void deletePidFiles() {
        try {
            deleteRecursively(this.options.stateDirectory().resolve("pids"));
        }
        catch (IOException ex) {
            // stale pid files are checked against the command line before use
        }
    }

    private Path logs() {
        return this.options.stateDirectory().resolve("logs");
    }

    private String relative(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(this.options.root()) ? this.options.root().relativize(absolute).toString()
                : absolute.toString();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static Optional<Long> parsePid(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        catch (UncheckedIOException ex) {
            throw ex.getCause();
        }
    }

}

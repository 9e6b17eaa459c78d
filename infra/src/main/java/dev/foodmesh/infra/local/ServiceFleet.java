package dev.foodmesh.infra.local;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.foodmesh.infra.Database;
import dev.foodmesh.infra.DatabaseServer;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.FoodMeshService;
import dev.foodmesh.infra.FreePorts;
import dev.foodmesh.infra.KafkaBroker;
import org.jspecify.annotations.Nullable;

/**
 * The five services as separate JVMs against one Postgres server and one Kafka broker, wired as in
 * {@code docs/conventions.md}: each gets its ports, its database ({@code FOODMESH_DB_*}), the broker
 * ({@code SPRING_KAFKA_BOOTSTRAP_SERVERS}), and order-service the URLs of user- and restaurant-service.
 * <pre class="code">
 * try (ServiceFleet fleet = ServiceFleet.builder(repositoryRoot)
 *         .postgres(postgres).kafka(kafka)
 *         .freePorts()
 *         .logDirectory(Path.of("target/e2e-logs"))
 *         .argument(FoodMeshService.DELIVERY, "--foodmesh.delivery.simulator.enabled=true")
 *         .build()) {
 *     fleet.start().awaitReady(Duration.ofMinutes(3));
 *     URI orders = fleet.service(FoodMeshService.ORDER).apiUri();
 *     fleet.service(FoodMeshService.PAYMENT).kill();      // a crash mid-saga
 *     fleet.service(FoodMeshService.PAYMENT).start().awaitReady(Duration.ofMinutes(1));
 * }
 * </pre>
 */
public final class ServiceFleet implements Closeable {

    private final Map<FoodMeshService, ServiceProcess> services;

    private ServiceFleet(Map<FoodMeshService, ServiceProcess> services) {
        this.services = services;
    }

    /**
     * A fleet of the services built in {@code repositoryRoot} ({@code <service>/target/<service>-*.jar}).
     */
    public static Builder builder(Path repositoryRoot) {
        return new Builder(repositoryRoot);
    }

    /** The executable jar of a service under {@code repositoryRoot}, if it has been built. */
    public static Optional<Path> findJar(Path repositoryRoot, String serviceName) {
        Path target = repositoryRoot.resolve(serviceName).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter((file) -> isServiceJar(file.getFileName().toString(), serviceName))
                .max(Comparator.comparing(ServiceFleet::lastModified));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The services whose jar is missing under {@code repositoryRoot}. */
    public static List<String> missingJars(Path repositoryRoot) {
        return Stream.of(FoodMeshService.values())
            .map(FoodMeshService::serviceName)
            .filter((name) -> findJar(repositoryRoot, name).isEmpty())
            .toList();
    }

    private static boolean isServiceJar(String fileName, String serviceName) {
        return fileName.startsWith(serviceName + "-") && fileName.endsWith(".jar")
                && Stream.of("-sources", "-javadoc", "-tests", "-plain", "-test-sources")
                    .noneMatch((suffix) -> fileName.endsWith(suffix + ".jar"));
    }

    private static long lastModified(Path file) {
        return file.toFile().lastModified();
    }

    public ServiceProcess service(FoodMeshService service) {
        ServiceProcess process = this.services.get(service);
        if (process == null) {
            throw new IllegalArgumentException(service.serviceName() + " is not part of this fleet");
        }
        return process;
    }

    /** By name: {@code order-service} or {@code order}. */
    public ServiceProcess service(String name) {
        return service(FoodMeshService.find(name)
            .orElseThrow(() -> new IllegalArgumentException("No service called '" + name + "'")));
    }

    public Collection<ServiceProcess> services() {
        return this.services.values();
    }

    /** Every port the fleet will listen on, described (e.g. {@code order-service API} → 8080). */
    public Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        this.services.values().forEach((service) -> {
            ports.put(service.name() + " API", service.apiPort());
            ports.put(service.name() + " management", service.managementPort());
        });
        return ports;
    }

    /** Launches every service that is not running, all at once; returns without waiting. */
    public ServiceFleet start() {
        this.services.values().stream().filter((service) -> !service.isAlive()).forEach(ServiceProcess::start);
        return this;
    }

    /** Waits until every service is ready; see {@link #awaitReady(Duration, Consumer)}. */
    public ServiceFleet awaitReady(Duration timeout) {
        return awaitReady(timeout, (service) -> {
        });
    }

    /**
     * Waits until every service answers its readiness probe, calling {@code onReady} for each as it gets there.
     * @throws ServiceStartException as soon as one exits, or when the timeout passes
     */
    public ServiceFleet awaitReady(Duration timeout, Consumer<ServiceProcess> onReady) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<ServiceProcess> waiting = new LinkedHashSet<>(this.services.values());
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new ServiceStartException(service, service.name() + " exited with code "
                            + service.exitCode().map(String::valueOf).orElse("?") + " before it was ready");
                }
                if (service.isReady()) {
                    waiting.remove(service);
                    onReady.accept(service);
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = waiting.iterator().next();
                throw new ServiceStartException(late, "Not ready within " + timeout.toSeconds() + " s: "
                        + waiting.stream().map(ServiceProcess::name).toList());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(250);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + waiting, ex);
            }
        }
        return this;
    }

    /** Stops every service in parallel: SIGTERM, then SIGKILL after {@code grace}. */
    public void stop(Duration grace) {
        // one thread per service: the common pool may have a single thread on a 2-core machine
        List<Thread> stopping = this.services.values()
            .stream()
            .map((service) -> Thread.ofPlatform().name("stop-" + service.name()).start(() -> service.stop(grace)))
            .toList();
        for (Thread thread : stopping) {
            try {
                thread.join();
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops every service with {@link ServiceProcess#DEFAULT_STOP_GRACE}. */
    @Override
    public void close() {
        stop(ServiceProcess.DEFAULT_STOP_GRACE);
    }

    /**
     * Settings of a {@link ServiceFleet}. Required: where Postgres and Kafka are.
     */
    public static final class Builder {

        private final Path repositoryRoot;

        private final Set<FoodMeshService> selected = new LinkedHashSet<>(List.of(FoodMeshService.values()));

        private final Map<FoodMeshService, Path> jars = new EnumMap<>(FoodMeshService.class);

        private final Map<FoodMeshService, List<String>> arguments = new EnumMap<>(FoodMeshService.class);

        private final Map<FoodMeshService, Map<String, String>> serviceEnvironment = new EnumMap<>(
                FoodMeshService.class);

        private final Map<String, String> environment = new LinkedHashMap<>();

        private final List<String> jvmOptions = new ArrayList<>();

        private final List<String> profiles = new ArrayList<>();

        private Map<String, String> parentEnvironment = System.getenv();

        private @Nullable String postgresHost;

        private int postgresPort;

        private @Nullable String bootstrapServers;

        private int portOffset;

        private boolean freePorts;

        private Path logDirectory;

        private @Nullable Path otelAgent;

        private @Nullable Path javaExecutable;

        private final List<String> otelInstrumentations = new ArrayList<>();

        private @Nullable Path extractDirectory;

        private Builder(Path repositoryRoot) {
            this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
            this.logDirectory = this.repositoryRoot.resolve(".local").resolve("logs");
        }

        /** Uses this server and creates the five service databases in it (idempotent). */
        public Builder postgres(DatabaseServer postgres) {
            postgres.createServiceDatabases();
            return postgres(postgres.host(), postgres.port());
        }

        /** A Postgres server whose service databases exist (role = password = database name). */
        public Builder postgres(String host, int port) {
            this.postgresHost = host;
            this.postgresPort = port;
            return this;
        }

        public Builder kafka(KafkaBroker kafka) {
            return kafka(kafka.bootstrapServers());
        }

        public Builder kafka(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
            return this;
        }

        /** Runs only these services (default: all five). */
        public Builder only(Collection<FoodMeshService> services) {
            this.selected.clear();
            this.selected.addAll(services);
            return this;
        }

        /** Shifts every port of {@code docs/conventions.md} by {@code offset} (8080 → 8080 + offset, …). */
        public Builder portOffset(int offset) {
            this.portOffset = offset;
            this.freePorts = false;
            return this;
        }

        /** Picks free ports instead of 8080–8084 / 9080–9084 (tests that must not clash with a local stack). */
        public Builder freePorts() {
            this.freePorts = true;
            return this;
        }

        /** Where {@code <service>.log} files go (default {@code <root>/.local/logs}). */
        public Builder logDirectory(Path logDirectory) {
            this.logDirectory = logDirectory;
            return this;
        }

        /** Spring profiles for every service, e.g. {@code demo}. */
        public Builder profiles(String... profiles) {
            this.profiles.addAll(List.of(profiles));
            return this;
        }

        /** JVM options for every service. */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions.addAll(options);
            return this;
        }

        /** An environment variable for every service (they also inherit this JVM's environment). */
        public Builder environment(String name, String value) {
            this.environment.put(name, value);
            return this;
        }

        /** An environment variable for one service. */
        public Builder environment(FoodMeshService service, String name, String value) {
            this.serviceEnvironment.computeIfAbsent(service, (key) -> new LinkedHashMap<>()).put(name, value);
            return this;
        }

        /** An application argument for one service, e.g. {@code --foodmesh.delivery.simulator.pickup-delay=2s}. */
        public Builder argument(FoodMeshService service, String argument) {
            this.arguments.computeIfAbsent(service, (key) -> new ArrayList<>()).add(argument);
            return this;
        }

        /** Uses this jar instead of {@code <service>/target/<service>-*.jar}. */
        public Builder jar(FoodMeshService service, Path jar) {
            this.jars.put(service, jar);
            return this;
        }

        /**
         * Attaches the OpenTelemetry Java agent to every service, with {@code OTEL_SERVICE_NAME} set per service.
         * Unless this JVM's environment has {@code OTEL_*} settings, all exporters are off, so nothing is exported
         * and nothing complains about a missing collector.
         */
        public Builder otelAgent(@Nullable Path agentJar) {
            this.otelAgent = agentJar;
            return this;
        }

        /**
         * Enables only these agent instrumentations (e.g. {@code netty}, {@code r2dbc}, {@code kafka}) instead of all
         * of them, which halves the agent's start-up cost. Ignored when this JVM's environment sets
         * {@code OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED}.
         */
        public Builder otelInstrumentations(List<String> names) {
            this.otelInstrumentations.addAll(names);
            return this;
        }

        /**
         * Runs each service from its Boot jar unpacked into {@code directory/<service>} (re-extracted only when the
         * jar changes): about a fifth less start-up CPU than running the Boot jar itself.
         */
        public Builder extractJarsTo(Path directory) {
            this.extractDirectory = directory;
            return this;
        }

        /** The {@code java} to run the services with (default: this JVM's). */
        public Builder javaExecutable(Path javaExecutable) {
            this.javaExecutable = javaExecutable;
            return this;
        }

        /** The environment the services inherit, to decide on OTel defaults (tests). */
        Builder parentEnvironment(Map<String, String> environment) {
            this.parentEnvironment = environment;
            return this;
        }

        public ServiceFleet build() {
            if (this.postgresHost == null || this.bootstrapServers == null) {
                throw new IllegalStateException("Tell the fleet where Postgres and Kafka are");
            }
            Map<FoodMeshService, int[]> ports = new EnumMap<>(FoodMeshService.class);
            for (FoodMeshService service : FoodMeshService.values()) {
                ports.put(service, this.freePorts ? new int[] { FreePorts.find(), FreePorts.find() }
                        : new int[] { service.apiPort() + this.portOffset, service.managementPort() + this.portOffset });
            }
            Map<FoodMeshService, Path> runnable = runnableJars();
            Map<FoodMeshService, ServiceProcess> processes = new EnumMap<>(FoodMeshService.class);
            for (FoodMeshService service : this.selected) {
                processes.put(service, process(service, ports, runnable.get(service)));
            }
            return new ServiceFleet(processes);
        }

        /** The jar each service runs: its Boot jar, or the extracted one (extracted in parallel). */
        private Map<FoodMeshService, Path> runnableJars() {
            Map<FoodMeshService, Path> runnable = new EnumMap<>(FoodMeshService.class);
            for (FoodMeshService service : this.selected) {
                String name = service.serviceName();
                runnable.put(service, this.jars.computeIfAbsent(service,
                        (key) -> findJar(this.repositoryRoot, name).orElseThrow(() -> new IllegalStateException(
                                "No jar for " + name + " in " + this.repositoryRoot.resolve(name).resolve("target")
                                        + "; build it with ./mvnw -B -q -DskipTests install"))));
            }
            if (this.extractDirectory == null) {
                return runnable;
            }
            Path java = (this.javaExecutable != null) ? this.javaExecutable
                    : Path.of(System.getProperty("java.home"), "bin", "java");
            Map<FoodMeshService, Path> extracted = new java.util.concurrent.ConcurrentHashMap<>();
            List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<Thread> threads = runnable.entrySet()
                .stream()
                .map((entry) -> Thread.ofPlatform().name("extract-" + entry.getKey().serviceName()).start(() -> {
                    try {
                        extracted.put(entry.getKey(), BootJars.extract(java, entry.getValue(),
                                this.extractDirectory.resolve(entry.getKey().serviceName())));
                    }
                    catch (RuntimeException ex) {
                        failures.add(ex);
                    }
                }))
                .toList();
            for (Thread thread : threads) {
                try {
                    thread.join();
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while extracting the service jars", ex);
                }
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
            return new EnumMap<>(extracted);
        }

        private ServiceProcess process(FoodMeshService service, Map<FoodMeshService, int[]> ports, Path jar) {
            String name = service.serviceName();
            Database database = new Database(this.postgresHost, this.postgresPort, service.databaseName(),
                    service.databaseName(), service.databaseName());
            ServiceProcess.Builder builder = ServiceProcess.builder(name, jar)
                .apiPort(ports.get(service)[0])
                .managementPort(ports.get(service)[1])
                .logFile(this.logDirectory.resolve(name + ".log"))
                .jvmOptions(this.jvmOptions)
                .javaAgent(this.otelAgent)
                .environment("FOODMESH_DB_HOST", database.host())
                .environment("FOODMESH_DB_PORT", Integer.toString(database.port()))
                .environment("FOODMESH_DB_NAME", database.name())
                .environment("FOODMESH_DB_USERNAME", database.username())
                .environment("FOODMESH_DB_PASSWORD", database.password())
                .environment("SPRING_KAFKA_BOOTSTRAP_SERVERS", this.bootstrapServers)
                // the services trust the development issuer's tokens (docs/security.md)
                .environment("FOODMESH_SECURITY_JWKS", DevIssuer.jwks())
                // every metric carries the service's name, as in the chart: dashboards and alerts group by it
                .environment("MANAGEMENT_METRICS_TAGS_APPLICATION", name);
            if (this.javaExecutable != null) {
                builder.javaExecutable(this.javaExecutable);
            }
            if (!this.parentEnvironment.containsKey("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE")) {
                // Boot's graceful shutdown must end before the fleet's SIGKILL
                builder.environment("SPRING_LIFECYCLE_TIMEOUT_PER_SHUTDOWN_PHASE", "10s");
            }
            if (service == FoodMeshService.ORDER) {
                builder.environment("FOODMESH_ORDER_USER_SERVICE_URL",
                        "http://localhost:" + ports.get(FoodMeshService.USER)[0]);
                builder.environment("FOODMESH_ORDER_RESTAURANT_SERVICE_URL",
                        "http://localhost:" + ports.get(FoodMeshService.RESTAURANT)[0]);
            }
            if (this.otelAgent != null) {
                builder.environment(otelEnvironment(name));
            }
            builder.environment(this.environment);
            builder.environment(this.serviceEnvironment.getOrDefault(service, Map.of()));
            if (!this.profiles.isEmpty()) {
                builder.argument("--spring.profiles.active=" + String.join(",", this.profiles));
            }
            builder.arguments(this.arguments.getOrDefault(service, List.of()));
            return builder.build();
        }

        private Map<String, String> otelEnvironment(String serviceName) {
            Map<String, String> otel = new LinkedHashMap<>();
            otel.put("OTEL_SERVICE_NAME", serviceName);
            boolean userConfigured = this.parentEnvironment.keySet()
                .stream()
                .anyMatch((key) -> key.startsWith("OTEL_") && !key.equals("OTEL_SERVICE_NAME"));
            if (!userConfigured) {
                otel.put("OTEL_TRACES_EXPORTER", "none");
                otel.put("OTEL_METRICS_EXPORTER", "none");
                otel.put("OTEL_LOGS_EXPORTER", "none");
            }
            if (!this.otelInstrumentations.isEmpty()
                    && !this.parentEnvironment.containsKey("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED")) {
                otel.put("OTEL_INSTRUMENTATION_COMMON_DEFAULT_ENABLED", "false");
                this.otelInstrumentations.forEach((name) -> otel.put(
                        "OTEL_INSTRUMENTATION_" + name.toUpperCase(Locale.ROOT).replace('-', '_') + "_ENABLED", "true"));
            }
            return otel;
        }

    }

}

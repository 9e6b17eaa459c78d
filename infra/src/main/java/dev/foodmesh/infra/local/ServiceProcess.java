package dev.foodmesh.infra.local;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running as its own JVM ({@code java [-javaagent:…] -jar <service>.jar}), its output in a log file.
 * <p>
 * {@link #start()} launches it, {@link #awaitReady(Duration)} polls its readiness group on the management port,
 * {@link #stop()} sends SIGTERM (Spring Boot's graceful shutdown) and SIGKILL after a grace period,
 * {@link #kill()} simulates a crash, {@link #pause()} and {@link #resume()} freeze and thaw it (SIGSTOP, SIGCONT),
 * and {@link #restart()} stops and starts it again with the same settings. The local stack, its control channel and
 * the end-to-end tests use it.
 */
public final class ServiceProcess implements Closeable {

    private static final Logger logger = LoggerFactory.getLogger(ServiceProcess.class);

    /** How long a SIGTERM-ed service may take before it is killed; Boot's graceful phase is set below it. */
    public static final Duration DEFAULT_STOP_GRACE = Duration.ofSeconds(20);

    private static final HttpClient http = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(1))
        .version(HttpClient.Version.HTTP_1_1)
        .build();

    private final String name;

    private final List<String> command;

    private final Map<String, String> environment;

    private final int apiPort;

    private final int managementPort;

    private final Path logFile;

    private final String readinessPath;

    private @Nullable Process process;

    private int starts;

    private ServiceProcess(Builder builder) {
        this.name = builder.name;
        this.command = List.copyOf(builder.command());
        this.environment = Map.copyOf(builder.environment);
        this.apiPort = builder.apiPort;
        this.managementPort = builder.managementPort;
        this.logFile = builder.logFile;
        this.readinessPath = builder.readinessPath;
    }

    /**
     * A process that runs {@code java -jar jar}.
     * @param name the service name, e.g. {@code order-service}
     * @param jar the executable Spring Boot jar
     */
    public static Builder builder(String name, Path jar) {
        return new Builder(name, jar);
    }

    public String name() {
        return this.name;
    }

    public int apiPort() {
        return this.apiPort;
    }

    public int managementPort() {
        return this.managementPort;
    }

    /** {@code http://localhost:<api port>}. */
    public URI apiUri() {
        return URI.create("http://localhost:" + this.apiPort);
    }

    /** {@code http://localhost:<management port>}. */
    public URI managementUri() {
        return URI.create("http://localhost:" + this.managementPort);
    }

    public Path logFile() {
        return this.logFile;
    }

    /** The variables set for the process on top of the inherited environment. */
    Map<String, String> environment() {
        return this.environment;
    }

    /** The full command line, for diagnostics. */
    public List<String> command() {
        return this.command;
    }

    /**
     * Launches the JVM and returns at once. The first start truncates the log file; later starts append to it.
     * @throws IllegalStateException if it is already running
     */
    public synchronized ServiceProcess start() {
        if (isAlive()) {
            throw new IllegalStateException(this.name + " is already running (pid " + pid().orElse(-1) + ")");
        }
        ProcessBuilder builder = new ProcessBuilder(this.command);
        builder.environment().putAll(this.environment);
        builder.redirectErrorStream(true);
        try {
            Files.createDirectories(this.logFile.toAbsolutePath().getParent());
            builder.redirectOutput((this.starts == 0) ? ProcessBuilder.Redirect.to(this.logFile.toFile())
                    : ProcessBuilder.Redirect.appendTo(this.logFile.toFile()));
            this.process = builder.start();
            this.starts++;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start " + this.name + ": " + String.join(" ", this.command), ex);
        }
        logger.info("Started {} (pid {}), log {}", this.name, this.process.pid(), this.logFile);
        return this;
    }

    /**
     * Waits until {@code GET <management>/actuator/health/readiness} answers 200.
     * @throws ServiceStartException if the process exits first or the timeout passes
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Process current = this.process;
            if (current == null || !current.isAlive()) {
                throw new ServiceStartException(this, this.name + " exited"
                        + ((current != null) ? " with code " + current.exitValue() : " (never started)")
                        + " before it was ready");
            }
            if (isReady()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new ServiceStartException(this,
                        this.name + " was not ready within " + timeout.toSeconds() + " s (" + readinessUri() + ")");
            }
            try {
                // wait for the process to exit or for the next probe, whichever comes first
                current.waitFor(250, TimeUnit.MILLISECONDS);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new ServiceStartException(this, "Interrupted while waiting for " + this.name);
            }
        }
    }

    /** One readiness probe: {@code true} when the readiness group answers 200. */
    public boolean isReady() {
        HttpRequest request = HttpRequest.newBuilder(readinessUri()).timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public URI readinessUri() {
        return managementUri().resolve(this.readinessPath);
    }

    public synchronized boolean isAlive() {
        return this.process != null && this.process.isAlive();
    }

    /** The pid of the running (or last) process. */
    public synchronized OptionalLong pid() {
        return (this.process != null) ? OptionalLong.of(this.process.pid()) : OptionalLong.empty();
    }

    /** The exit code once the process has ended. */
    public synchronized Optional<Integer> exitCode() {
        Process current = this.process;
        return (current != null && !current.isAlive()) ? Optional.of(current.exitValue()) : Optional.empty();
    }

    /** Completes with the exit code when the current process ends. */
    public synchronized CompletableFuture<Integer> onExit() {
        Process current = this.process;
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(this.name + " was never started"));
        }
        return current.onExit().thenApply(Process::exitValue);
    }

    /** Stops with {@link #DEFAULT_STOP_GRACE}. */
    public void stop() {
        stop(DEFAULT_STOP_GRACE);
    }

    /**
     * SIGTERM, then SIGKILL if the process has not exited within {@code grace}. Returns when it is gone. Does nothing
     * when it is not running.
     */
    public void stop(Duration grace) {
        Process current;
        synchronized (this) {
            current = this.process;
        }
        if (current == null || !current.isAlive()) {
            return;
        }
        long started = System.nanoTime();
        current.destroy();
        try {
            if (!current.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                logger.warn("{} did not stop within {} s after SIGTERM; killing it", this.name, grace.toSeconds());
                destroyTree(current);
                current.waitFor(10, TimeUnit.SECONDS);
            }
        }
        catch (InterruptedException ex) {
            destroyTree(current);
            Thread.currentThread().interrupt();
        }
        logger.info("Stopped {} in {} ms (exit {})", this.name,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), current.isAlive() ? "?" : current.exitValue());
    }

    /** SIGKILL now, as a crash would; returns when the process is gone. */
    public void kill() {
        Process current;
        synchronized (this) {
            current = this.process;
        }
        if (current == null) {
            return;
        }
        destroyTree(current);
        try {
            current.onExit().get(10, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not kill " + this.name, ex);
        }
    }

    /**
     * SIGSTOP: the JVM stops dead, with its sockets, locks and database sessions still open, as a process that hangs
     * (a long GC pause, a frozen VM) would. {@link #resume()} lets it go on.
     * @throws IllegalStateException if it is not running
     */
    public void pause() {
        signal("STOP");
    }

    /** SIGCONT after {@link #pause()}. */
    public void resume() {
        signal("CONT");
    }

    private void signal(String signal) {
        long pid = alivePid();
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true).start();
            if (kill.waitFor() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed: "
                        + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not send SIG" + signal + " to " + this.name, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sending SIG" + signal + " to " + this.name, ex);
        }
        logger.info("Sent SIG{} to {} (pid {})", signal, this.name, pid);
    }

    private synchronized long alivePid() {
        if (this.process == null || !this.process.isAlive()) {
            throw new IllegalStateException(this.name + " is not running");
        }
        return this.process.pid();
    }

    /** {@link #stop()} then {@link #start()}; call {@link #awaitReady(Duration)} afterwards. */
    public ServiceProcess restart() {
        stop();
        return start();
    }

    /** The last {@code lines} lines of the log file. */
    public List<String> logTail(int lines) {
        if (!Files.isRegularFile(this.logFile)) {
            return List.of();
        }
        Deque<String> tail = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(this.logFile, StandardCharsets.UTF_8)) {
            all.forEach((line) -> {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        }
        catch (IOException | UncheckedIOException ex) {
            return List.of("(could not read " + this.logFile + ": " + ex.getMessage() + ")");
        }
        return new ArrayList<>(tail);
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return this.name + " (api " + this.apiPort + ", management " + this.managementPort + ")";
    }

    private static void destroyTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /**
     * Settings of a {@link ServiceProcess}.
     */
    public static final class Builder {

        private final String name;

        private final Path jar;

        private Path javaExecutable = Path.of(System.getProperty("java.home"), "bin", "java");

        private final List<String> jvmOptions = new ArrayList<>();

        private final List<String> arguments = new ArrayList<>();

        private final Map<String, String> environment = new LinkedHashMap<>();

        private @Nullable Path javaAgent;

        private int apiPort;

        private int managementPort;

        private Path logFile;

        private String readinessPath = "/actuator/health/readiness";

        private Builder(String name, Path jar) {
            this.name = name;
            this.jar = jar;
            this.logFile = Path.of(name + ".log");
        }

        /** The {@code java} to run; defaults to the one running this JVM. */
        public Builder javaExecutable(Path javaExecutable) {
            this.javaExecutable = javaExecutable;
            return this;
        }

        /** Adds JVM options (before {@code -jar}). */
        public Builder jvmOptions(List<String> options) {
            this.jvmOptions.addAll(options);
            return this;
        }

        /** Adds application arguments (after the jar), e.g. {@code --spring.profiles.active=demo}. */
        public Builder arguments(List<String> arguments) {
            this.arguments.addAll(arguments);
            return this;
        }

        /** Adds an application argument. */
        public Builder argument(String argument) {
            this.arguments.add(argument);
            return this;
        }

        /** Sets an environment variable; the process otherwise inherits this JVM's environment. */
        public Builder environment(String name, String value) {
            this.environment.put(name, value);
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment.putAll(environment);
            return this;
        }

        /** Attaches a Java agent, e.g. the OpenTelemetry agent. */
        public Builder javaAgent(@Nullable Path agentJar) {
            this.javaAgent = agentJar;
            return this;
        }

        /** The API port, passed as {@code SERVER_PORT}. */
        public Builder apiPort(int apiPort) {
            this.apiPort = apiPort;
            return this;
        }

        /** The management port, passed as {@code MANAGEMENT_SERVER_PORT} and polled for readiness. */
        public Builder managementPort(int managementPort) {
            this.managementPort = managementPort;
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public Builder readinessPath(String readinessPath) {
            this.readinessPath = readinessPath;
            return this;
        }

        public ServiceProcess build() {
            if (this.apiPort <= 0 || this.managementPort <= 0) {
                throw new IllegalStateException(this.name + ": API and management ports are required");
            }
            this.environment.put("SERVER_PORT", Integer.toString(this.apiPort));
            this.environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(this.managementPort));
            return new ServiceProcess(this);
        }

        private List<String> command() {
            List<String> command = new ArrayList<>();
            command.add(this.javaExecutable.toString());
            if (this.javaAgent != null) {
                command.add("-javaagent:" + this.javaAgent.toAbsolutePath());
            }
            command.addAll(this.jvmOptions);
            command.add("-jar");
            command.add(this.jar.toAbsolutePath().toString());
            command.addAll(this.arguments);
            return command;
        }

    }

}

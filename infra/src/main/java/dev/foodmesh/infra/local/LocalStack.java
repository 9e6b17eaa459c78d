package dev.foodmesh.infra.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;

import dev.foodmesh.infra.FoodMeshService;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * The one-command local stack behind {@code ./run-local.sh}: Postgres 18 and a KRaft
 * Kafka broker in this JVM, the five services as child JVMs with the OpenTelemetry agent
 * and the {@code demo} profile, in the foreground until Ctrl-C or SIGTERM.
 * <p>
 * State lives under {@code .local/} ({@link StateDirectory}): {@code postgres/} and
 * {@code kafka/} (kept between runs, {@code --clean} deletes them),
 * {@code logs/<service>.log}, {@code logs/postgres.log}, {@code logs/infrastructure.log}
 * (Kafka and this launcher), and {@code pids/} so that services left behind by a killed
 * launcher are stopped on the next start.
 * <p>
 * While it runs, its control channel ({@link StackControl}, on 127.0.0.1) lets a drill
 * kill and restart one service, the broker or Postgres while the rest keeps running.
 */
public final class LocalStack {

	/**
	 * Exit codes: 2 = cannot start (port taken, another stack running, bad option), 3 =
	 * not built, 1 = failure.
	 */
	private static final int CANNOT_START = 2;

	private static final int NOT_BUILT = 3;

	/**
	 * SIGTERM → SIGKILL for the services; with Kafka and Postgres after them, all stops
	 * within 30 s.
	 */
	private static final Duration STOP_GRACE = Duration.ofSeconds(15);

	/** How often the wait for the services names those still starting. */
	private static final Duration STARTUP_REMINDER = Duration.ofSeconds(15);

	private final LocalStackOptions options;

	private final PrintStream out;

	private final CountDownLatch stopped = new CountDownLatch(1);

	private final long started = System.nanoTime();

	private final StateDirectory state;

	private final LocalInfrastructure infrastructure;

	private final CrashWatch crashes;

	private volatile boolean stopping;

	private volatile @Nullable ServiceFleet fleet;

	private @Nullable StackControl control;

	private volatile @Nullable TraceDestination traces;

	LocalStack(LocalStackOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
		this.state = new StateDirectory(options.root(), options.stateDirectory(), out);
		this.infrastructure = new LocalInfrastructure(options, this.state);
		this.crashes = new CrashWatch(() -> this.stopping, this.state, out);
	}

	public static void main(String[] args) {
		LocalStackOptions options;
		Path root = Path.of(System.getProperty("foodmesh.root", System.getProperty("user.dir"))).toAbsolutePath();
		if (args.length > 0 && args[0].equals("trace")) {
			System.exit(TraceCommand.run(List.of(args).subList(1, args.length), System.getenv(), root, System.out,
					System.err));
		}
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
		// before the first logger exists: the launcher's log file lives in the state
		// directory
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

	/**
	 * Starts everything; returns 0 once all is ready, or an exit code after cleaning up.
	 */
	int run() {
		try {
			Files.createDirectories(this.state.logs());
			if (!this.state.lock()) {
				return CANNOT_START;
			}
			this.state.stopLeftovers();
			if (this.options.clean()) {
				this.state.clean();
			}
			Preflight preflight = new Preflight(this.options, this.out);
			if (!preflight.jarsBuilt()) {
				return NOT_BUILT;
			}
			Path agent = this.options.otel() ? preflight.otelAgent() : null;
			if (!preflight.portsFree()) {
				return CANNOT_START;
			}
			this.traces = TraceDestination.start(this.options, this.state.logs());
			ServiceFleet services = startInfrastructureAndBuildFleet(agent);
			startServices(services);
			this.control = StackControl.start(this.options.controlPort(),
					new LocalStackFaults(this.infrastructure, this::services, this.state, this.crashes, this.out),
					this.options.readyTimeout());
			new Banner(this.options, this.state, this.out).print(services, agent,
					(this.traces != null) ? this.traces.description() : null, Elapsed.seconds(this.started));
			services.services().forEach(this.crashes::watch);
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
			this.out.println("Details in " + this.state.relative(this.state.logs().resolve("infrastructure.log"))
					+ ". Stopping everything.");
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

	/**
	 * Stops the services, then Kafka, then Postgres; idempotent. Runs in the shutdown
	 * hook.
	 */
	void stop() {
		synchronized (this) {
			if (this.stopping) {
				return;
			}
			this.stopping = true;
		}
		long begin = System.nanoTime();
		ServiceFleet services = this.fleet;
		boolean anything = services != null || this.infrastructure.isStarted() || this.traces != null;
		if (anything) {
			this.out.println();
			this.out.println("Stopping FoodMesh...");
		}
		if (this.control != null) {
			this.control.close();
		}
		try {
			if (services != null) {
				services.stop(STOP_GRACE);
				this.state.deletePidFiles();
			}
		}
		catch (RuntimeException ex) {
			this.out.println("  could not stop every service: " + ex);
		}
		if (this.traces != null) {
			this.traces.close();
		}
		this.infrastructure.stop(this.out);
		this.state.release();
		if (anything) {
			this.out.printf(Locale.ROOT, "Stopped in %.1f s. Data kept in %s (--clean starts from scratch).%n",
					Elapsed.seconds(begin), this.state.relative(this.state.path()));
		}
		this.stopped.countDown();
	}

	/** Unpacking the service jars overlaps with the start of Postgres and Kafka. */
	private ServiceFleet startInfrastructureAndBuildFleet(@Nullable Path agent) {
		CompletableFuture<ServiceFleet> building = CompletableFuture.supplyAsync(() -> buildFleet(agent),
				(task) -> Thread.ofPlatform().name("build-fleet").start(task));
		try {
			this.infrastructure.start(this.out, this.started);
		}
		finally {
			this.fleet = joinQuietly(building);
		}
		try {
			return building.join();
		}
		catch (CompletionException ex) {
			throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
		}
	}

	private ServiceFleet buildFleet(@Nullable Path agent) {
		ServiceFleet.Builder builder = ServiceFleet.builder(this.options.root())
			.postgres("localhost", this.options.postgresPort())
			.kafka("127.0.0.1:" + this.options.kafkaPort())
			.portOffset(this.options.portOffset())
			.logDirectory(this.state.logs())
			.profiles("demo")
			.jvmOptions(this.options.jvmOptions())
			.otelAgent(agent)
			.otelInstrumentations(this.options.otelInstrumentations())
			.extractJarsTo(this.state.resolve("app"))
			// the simulated PSP remembers its idempotency keys across kills of
			// payment-service, as a real one would
			.argument(FoodMeshService.PAYMENT, "--foodmesh.payment.simulator.journal=" + this.state.pspJournal());
		if (this.traces != null) {
			this.traces.agentEnvironment().forEach(builder::environment);
		}
		this.options.simulator()
			.serviceArguments()
			.forEach((argument) -> builder.argument(FoodMeshService.DELIVERY, argument));
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

	private void startServices(ServiceFleet services) {
		this.out.println("Starting " + services.services().size() + " services (logs in "
				+ this.state.relative(this.state.logs()) + ")...");
		services.start();
		this.state.writePidFiles(services);
		List<String> names = services.services().stream().map(ServiceProcess::name).toList();
		try (StartupProgress progress = StartupProgress.every(STARTUP_REMINDER, names, this.out,
				() -> Elapsed.seconds(this.started))) {
			services.awaitReady(this.options.readyTimeout(), (service) -> progress.ready(service.name()));
		}
	}

	private ServiceFleet services() {
		ServiceFleet services = this.fleet;
		if (services == null) {
			throw new IllegalStateException("The services are not started yet");
		}
		return services;
	}

}

package dev.foodmesh.loadtest;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * One run of the order ladder around the Gatling simulation that injects it:
 * {@link #prepare()} before the first request (couriers, the processes to watch),
 * {@link #start()} as the injection starts (the step monitor), and {@link #finish()}
 * after the last request (saga latencies, the knee, the report). The simulation only
 * places orders and hands each answer to {@link #recorder(Schedule.Step)}.
 */
public final class LoadTestRun {

	/**
	 * The name of the load generator's own process (this JVM) in the CPU and memory
	 * tables.
	 */
	public static final String LOAD_GENERATOR = "load generator";

	private static final String ORDER_DATABASE_ROLE = "foodmesh_order";

	/** How often the monitor scrapes the backlog while waiting for it to drain. */
	private static final Duration DRAIN_POLL = Duration.ofMillis(250);

	/**
	 * The longest wait for sagas after the run: past delivery-service's 30 s courier
	 * wait, so they end either way.
	 */
	private static final Duration SETTLE = Duration.ofSeconds(45);

	private static final Duration SETTLE_POLL = Duration.ofMillis(500);

	private final LoadProfile profile;

	private final RunSettings settings;

	private final Schedule schedule;

	private final List<PlacementRecorder> recorders;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final PrintStream out;

	private String couriers = "not seeded";

	private @Nullable StepMonitor monitor;

	private @Nullable Instant startedAt;

	public LoadTestRun(LoadProfile profile, RunSettings settings, PrintStream out) {
		this.profile = profile;
		this.settings = settings;
		this.schedule = Schedule.of(profile.placement());
		this.recorders = this.schedule.steps().stream().map((step) -> new PlacementRecorder()).toList();
		this.out = out;
	}

	/** The run that the {@code foodmesh.load.*} system properties describe. */
	public static LoadTestRun fromSystemProperties() {
		// tokens come from the environment, where they do not show in the process list
		Function<String, @Nullable String> properties = (key) -> switch (key) {
			case "foodmesh.load.token" -> System.getProperty(key, System.getenv("TOKEN"));
			case "foodmesh.load.customerTokens" -> System.getenv("FOODMESH_LOAD_CUSTOMER_TOKENS");
			case "foodmesh.load.operatorToken" -> System.getenv("FOODMESH_LOAD_OPERATOR_TOKEN");
			default -> System.getProperty(key);
		};
		RunSettings settings = RunSettings.from(properties);
		LoadProfile profile = LoadProfile.read(settings.profile())
			.overriddenBy((key) -> properties.apply("foodmesh.load." + key));
		return new LoadTestRun(profile, settings, System.out);
	}

	public LoadProfile profile() {
		return this.profile;
	}

	public RunSettings settings() {
		return this.settings;
	}

	public Schedule schedule() {
		return this.schedule;
	}

	public PlacementRecorder recorder(Schedule.Step step) {
		return this.recorders.get(step.index());
	}

	/**
	 * Registers the couriers the peak rate needs. Fails with a clear message when that is
	 * impossible.
	 */
	public void prepare() {
		LoadProfile.Couriers city = this.profile.couriers();
		int wanted = (this.settings.couriers() != null) ? this.settings.couriers()
				: CourierSeeder.needed(this.profile.placement().peakRate(), this.profile.simulator(), city.headroom());
		if (wanted == 0) {
			this.couriers = "the city's own (none registered: --couriers 0)";
			return;
		}
		this.out.printf("Registering couriers in %s: %d wanted (peak %d/s × %s busy × %.1f)...%n", city.city(), wanted,
				this.profile.placement().peakRate(), Report.seconds(this.profile.simulator().courierBusy()),
				city.headroom());
		CourierSeeder.Seeded seeded = new CourierSeeder(this.http, this.settings.deliveryService(),
				this.settings.courierRegistrationToken())
			.seed(city.city(), wanted);
		this.couriers = seeded.existing() + " + " + seeded.added() + " registered";
		this.out.printf("  %s had %d, registered %d.%n", city.city(), seeded.existing(), seeded.added());
	}

	/**
	 * Starts the step monitor: call it as the injection starts, the schedule counts from
	 * now.
	 */
	public void start() {
		List<WatchedProcess> processes = new ArrayList<>(StackProcesses.find(this.settings.stateDirectory()));
		processes.add(new WatchedProcess(LOAD_GENERATOR, ProcessHandle.current().pid(), false));
		this.out.println("Watching " + processes.stream()
			.map((process) -> process.name() + " (" + process.pid() + ")")
			.collect(Collectors.joining(", ")));
		if (processes.size() == 1) {
			this.out.println("  no stack process found under " + this.settings.stateDirectory()
					+ ": CPU and memory are the load generator's only (--state-dir?)");
		}
		this.monitor = new StepMonitor(this.schedule, processes,
				new PipelineBacklog(this.http, this.settings.prometheusEndpoints()), DRAIN_POLL);
		this.startedAt = Instant.now();
		this.monitor.start(this.startedAt);
	}

	/**
	 * Gives the sagas still before a courier up to {@link #SETTLE} to get one (or to end,
	 * cancelled): the report then counts an order as not scheduled only if it really did
	 * not get there, not because it was asked too early.
	 */
	private void awaitSettled(SagaLatencies sagas, Instant since) {
		Instant deadline = Instant.now().plus(SETTLE);
		int unsettled = sagas.unsettledSince(since);
		if (unsettled > 0) {
			this.out.printf("Waiting up to %s for %d sagas still before DELIVERY_SCHEDULED...%n",
					Report.seconds(SETTLE), unsettled);
		}
		while (unsettled > 0 && Instant.now().isBefore(deadline)) {
			try {
				Thread.sleep(SETTLE_POLL);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			unsettled = sagas.unsettledSince(since);
		}
	}

	/**
	 * Waits for the last step's pause, measures the sagas, judges the steps and writes
	 * the report.
	 */
	public Report finish() {
		if (this.monitor == null || this.startedAt == null) {
			throw new IllegalStateException("finish() before start()");
		}
		List<StepMonitor.StepSample> samples = this.monitor.await(this.schedule.total().plusMinutes(1));
		SagaLatencies sagas = new SagaLatencies(this.settings.jdbcUrl(), ORDER_DATABASE_ROLE, ORDER_DATABASE_ROLE);
		awaitSettled(sagas, this.startedAt);
		List<StepResult> results = new ArrayList<>();
		for (StepMonitor.StepSample sample : samples) {
			// the step's pause belongs to it: an order answered late is created after the
			// step's load ended
			SagaLatencies.Sagas stepSagas = sagas.between(sample.start(), sample.pauseEnd());
			results.add(new StepResult(recorder(sample.step()).placements(), stepSagas, sample));
		}
		Report report = new Report(
				new Report.Run(this.startedAt, this.profile, this.settings.stack(), this.couriers, Machine.describe()),
				results, Knee.of(results, this.profile.slo()));
		Path directory = this.settings.reportDirectory();
		report.writeTo(directory);
		this.out.println();
		this.out.println("Knee: " + (report.knee().rate().isPresent() ? report.knee().rate().getAsInt() + " orders/s"
				: "none (no step met every SLO)") + ". Step table: " + directory.resolve(Report.MARKDOWN));
		return report;
	}

}

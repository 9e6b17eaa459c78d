package dev.foodmesh.loadtest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import org.jspecify.annotations.Nullable;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The order ladder (load-tests/profile.json, run by load-tests/run.sh): open-loop
 * arrivals only, each virtual user posting one order with a fresh
 * {@code Idempotency-Key}. A warm-up ramps to the first step's rate; then each step is
 * its own scenario at a constant arrival rate, delayed to its slot in the
 * {@link Schedule}, so that Gatling's report lists every step as its own request
 * ({@code POST /orders @ 250/s}) and no step waits for the previous one's stragglers. The
 * users that the profile names take turns, each with their own customer token when run.sh
 * minted them (docs/security.md). Connections are shared between virtual users, as behind
 * a gateway: one new connection per order would run the machine out of ephemeral ports at
 * 1,000 orders/s.
 */
public class PlaceOrdersSimulation extends Simulation {

	private static final String STATUS = "status";

	private static final String MILLIS = "millis";

	private final LoadTestRun run = LoadTestRun.fromSystemProperties();

	private static final String TURN = "turn";

	private final List<String> bodies = this.run.profile().order().bodies();

	/**
	 * {@code Authorization} per body: each user's orders go with that user's token (none
	 * without tokens).
	 */
	private final List<@Nullable String> authorizations = this.run.profile()
		.order()
		.userIds()
		.stream()
		.map(this.run.settings()::placementToken)
		.map((token) -> (token != null) ? "Bearer " + token : null)
		.toList();

	private final AtomicLong turns = new AtomicLong();

	{
		Schedule schedule = this.run.schedule();
		List<PopulationBuilder> populations = new ArrayList<>();
		if (!schedule.warmUp().isZero()) {
			populations.add(scenario("warm-up").exec(placeOrder("POST /orders (warm-up)"))
				.injectOpen(rampUsersPerSec(this.run.profile().placement().warmUpFromRate())
					.to(schedule.steps().getFirst().rate())
					.during(schedule.warmUp())));
		}
		for (Schedule.Step step : schedule.steps()) {
			PlacementRecorder recorder = this.run.recorder(step);
			ChainBuilder placeAndRecord = exec(placeOrder("POST /orders @ " + step.label()))
				.exec((session) -> record(recorder, session));
			populations.add(scenario("step " + step.label()).exec(placeAndRecord)
				.injectOpen(nothingFor(step.start()), constantUsersPerSec(step.rate()).during(step.length())));
		}
		setUp(populations).protocols(protocol()).maxDuration(schedule.total().plus(Duration.ofMinutes(1)));
	}

	@Override
	public void before() {
		this.run.prepare();
		this.run.start();
	}

	@Override
	public void after() {
		this.run.finish();
	}

	private HttpProtocolBuilder protocol() {
		return http.baseUrl(this.run.settings().orderService().toString())
			.acceptHeader("application/json")
			.contentTypeHeader("application/json")
			.shareConnections()
			.disableWarmUp();
	}

	/** One placement: the next body in turn, with its user's token. */
	private ChainBuilder placeOrder(String name) {
		HttpRequestActionBuilder request = http(name).post("/orders")
			.header("Idempotency-Key", (session) -> UUID.randomUUID().toString())
			.body(StringBody((session) -> this.bodies.get(session.getInt(TURN))));
		if (this.authorizations.stream().anyMatch(Objects::nonNull)) {
			request = request.header("Authorization", (session) -> this.authorizations.get(session.getInt(TURN)));
		}
		// status and time are saved before the 201 check, so that they are there for a
		// refused order too
		return exec((session) -> session.set(TURN, (int) (this.turns.getAndIncrement() % this.bodies.size())))
			.exec(request.check(status().saveAs(STATUS), responseTimeInMillis().saveAs(MILLIS), status().is(201)));
	}

	private static Session record(PlacementRecorder recorder, Session session) {
		int status = session.contains(STATUS) ? session.getInt(STATUS) : PlacementRecorder.NO_RESPONSE;
		long millis = session.contains(MILLIS) ? session.getInt(MILLIS) : -1;
		recorder.record(status, millis);
		return session;
	}

}

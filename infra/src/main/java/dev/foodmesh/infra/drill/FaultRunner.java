package dev.foodmesh.infra.drill;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/**
 * Injects the plan's faults one after the other while the load runs, repairs each, and
 * measures how long the saga took to move through the broken part again
 * ({@link Progress}, with a probe order placed after each repair).
 */
final class FaultRunner {

	/**
	 * Beyond this a part counts as not recovered; the drill goes on with the next fault.
	 */
	private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(10);

	/**
	 * One fault's timeline.
	 *
	 * @param recovered when progress through the part was first seen, or {@code null} if
	 * not within the limit
	 * @param error why the fault could not be injected or repaired, or {@code null}
	 */
	record Result(Fault fault, Instant injected, Instant repaired, @Nullable Instant recovered,
			@Nullable String error) {

		/** Only for a recovered part. */
		Duration toRecover() {
			return Duration.between(this.injected, Objects.requireNonNull(this.recovered));
		}

	}

	private final DrillOptions options;

	private final StackClient stack;

	private final Databases databases;

	private final OrderLoad load;

	private final PoisonRecords poison;

	private final List<Result> results = new CopyOnWriteArrayList<>();

	private volatile int poisonSent;

	FaultRunner(DrillOptions options, StackClient stack, Databases databases, OrderLoad load, PoisonRecords poison) {
		this.options = options;
		this.stack = stack;
		this.databases = databases;
		this.load = load;
		this.poison = poison;
	}

	List<Result> results() {
		return this.results;
	}

	int poisonSent() {
		return this.poisonSent;
	}

	void run() {
		FaultPlan plan = this.options.plan();
		sleep(plan.warmUp());
		poisonRound();
		int probe = 0;
		for (Fault fault : plan.faults()) {
			say("injecting: " + fault.name());
			Result result = inject(fault, "probe-" + probe++);
			this.results.add(result);
			say(describe(result));
			if (plan.poisonAfterEachFault()) {
				poisonRound();
			}
			sleep(plan.gap());
		}
	}

	private Result inject(Fault fault, String probeKey) {
		Instant injected = Instant.now();
		try {
			if (fault instanceof Fault.RelayFreeze freeze) {
				say(freeze.service() + "-service holds its outbox relay's leadership lock: " + holdsRelayLock(freeze));
			}
			fault.inject(this.stack);
			sleep(fault.outage());
			fault.repair(this.stack);
		}
		catch (RuntimeException ex) {
			return new Result(fault, injected, Instant.now(), null, ex.getMessage());
		}
		Instant repaired = Instant.now();
		CompletableFuture<FoodMeshApi.Answer> probe = this.load.probe(this.options.keyPrefix() + probeKey);
		return new Result(fault, injected, repaired, awaitProgress(fault.progress(), repaired, probe), null);
	}

	private @Nullable Instant awaitProgress(Progress progress, Instant since,
			CompletableFuture<FoodMeshApi.Answer> probe) {
		OffsetDateTime moment = since.atOffset(ZoneOffset.UTC);
		long deadline = System.nanoTime() + RECOVERY_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			boolean placed = probe.isDone() && probe.join().is2xx();
			boolean progressed = progress.checks().isEmpty() ? placed : progress.madeSince(this.databases, moment);
			if (progressed) {
				return Instant.now();
			}
			sleep(Duration.ofMillis(250));
		}
		return null;
	}

	private String holdsRelayLock(Fault.RelayFreeze freeze) {
		try {
			return (this.databases.number(freeze.service(), """
					select count(*) from pg_locks
					where locktype = 'advisory' and granted
					  and database = (select oid from pg_database where datname = current_database())""") > 0) ? "yes"
					: "no (no advisory lock held in its database)";
		}
		catch (SQLException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	private void poisonRound() {
		int sent = this.poison.inject(this.options.plan().poisonShapes());
		this.poisonSent += sent;
		say("sent " + sent + " poison records");
	}

	private static String describe(Result result) {
		if (result.error() != null) {
			return result.fault().name() + " FAILED: " + result.error();
		}
		return (result.recovered() == null) ? result.fault().name() + ": no progress within " + RECOVERY_LIMIT
				: String.format(Locale.ROOT, "%s: recovered after %.1f s", result.fault().name(),
						result.toRecover().toMillis() / 1000.0);
	}

	static void say(String line) {
		System.out.printf("[%s] %s%n", Instant.now().toString().substring(11, 19), line);
	}

	static void sleep(Duration duration) {
		try {
			TimeUnit.MILLISECONDS.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}

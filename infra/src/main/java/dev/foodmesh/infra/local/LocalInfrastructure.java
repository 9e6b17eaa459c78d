package dev.foodmesh.infra.local;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import dev.foodmesh.infra.FoodMeshTopics;
import dev.foodmesh.infra.KafkaServer;
import dev.foodmesh.infra.PostgresServer;
import org.jspecify.annotations.Nullable;

/**
 * The local stack's Postgres and Kafka broker, on fixed ports with their data in the
 * state directory. Either can be stopped and started again while the stack runs (drills),
 * so each is replaced, not restarted in place.
 */
final class LocalInfrastructure {

	private final LocalStackOptions options;

	private final StateDirectory state;

	// replaced by the control channel's thread when Postgres or Kafka are restarted
	private volatile @Nullable PostgresServer postgres;

	private volatile @Nullable KafkaServer kafka;

	LocalInfrastructure(LocalStackOptions options, StateDirectory state) {
		this.options = options;
		this.state = state;
	}

	/** Starts both at once, then creates the service databases and the topics. */
	void start(PrintStream out, long started) {
		out.println("Starting Postgres and Kafka (state in " + this.state.relative(this.state.path()) + ")...");
		CompletableFuture<PostgresServer> startingPostgres = CompletableFuture
			.supplyAsync(() -> postgresBuilder().start());
		KafkaServer startedKafka;
		PostgresServer startedPostgres;
		try {
			startedKafka = kafkaBuilder().start();
			this.kafka = startedKafka;
		}
		finally {
			startedPostgres = startingPostgres.join();
			this.postgres = startedPostgres;
		}
		startedPostgres.createServiceDatabases();
		startedKafka.createTopics(this.options.partitions());
		out.printf(Locale.ROOT, "  Postgres %s on localhost:%d%s, Kafka on %s with %d topics (%.1f s)%n",
				startedPostgres.serverVersion(), startedPostgres.port(),
				this.options.durablePostgres() ? " (durable commits)" : "", startedKafka.bootstrapServers(),
				FoodMeshTopics.all().size(), Elapsed.seconds(started));
	}

	boolean isStarted() {
		return this.kafka != null || this.postgres != null;
	}

	/**
	 * Kafka first, then Postgres; each failure is reported and does not keep the other
	 * running.
	 */
	void stop(PrintStream out) {
		try {
			if (this.kafka != null) {
				this.kafka.close();
			}
		}
		catch (RuntimeException ex) {
			out.println("  could not stop Kafka cleanly: " + ex);
		}
		try {
			if (this.postgres != null) {
				this.postgres.close();
			}
		}
		catch (RuntimeException ex) {
			out.println("  could not stop Postgres cleanly: " + ex);
		}
	}

	synchronized String stopKafka() {
		KafkaServer running = this.kafka;
		if (running == null) {
			throw new IllegalStateException("Kafka is not running");
		}
		long begin = System.nanoTime();
		this.kafka = null;
		running.close();
		return String.format(Locale.ROOT, "stopped Kafka in %.1f s", Elapsed.seconds(begin));
	}

	synchronized String startKafka() {
		if (this.kafka != null) {
			throw new IllegalStateException("Kafka is running");
		}
		long begin = System.nanoTime();
		this.kafka = kafkaBuilder().start();
		return String.format(Locale.ROOT, "started Kafka in %.1f s", Elapsed.seconds(begin));
	}

	synchronized String killPostgres() {
		PostgresServer running = this.postgres;
		if (running == null) {
			throw new IllegalStateException("Postgres is not running");
		}
		this.postgres = null;
		return "SIGKILL to Postgres (postmaster pid " + running.kill() + " and its processes)";
	}

	synchronized String startPostgres() {
		if (this.postgres != null) {
			throw new IllegalStateException("Postgres is running");
		}
		long begin = System.nanoTime();
		this.postgres = postgresBuilder().start();
		return String.format(Locale.ROOT, "started Postgres in %.1f s (crash recovery included)",
				Elapsed.seconds(begin));
	}

	/**
	 * The {@code kafka} and {@code postgres} members of the control channel's status
	 * JSON.
	 */
	String statusJson() {
		PostgresServer currentPostgres = this.postgres;
		long postmaster = (currentPostgres != null) ? currentPostgres.postmaster().map(ProcessHandle::pid).orElse(-1L)
				: -1;
		return String.format(Locale.ROOT, "\"kafka\":{\"running\":%s},\"postgres\":{\"running\":%s,\"pid\":%d}",
				this.kafka != null, currentPostgres != null, postmaster);
	}

	private KafkaServer.Builder kafkaBuilder() {
		return KafkaServer.builder()
			.port(this.options.kafkaPort())
			.controllerPort(this.options.kafkaControllerPort())
			.dataDirectory(this.state.resolve("kafka"));
	}

	private PostgresServer.Builder postgresBuilder() {
		PostgresServer.Builder builder = PostgresServer.builder()
			.port(this.options.postgresPort())
			.dataDirectory(this.state.resolve("postgres"))
			.logFile(this.state.logs().resolve("postgres.log"))
			// stopped by this launcher's hook, after the services that use it
			.stopOnJvmExit(false);
		return this.options.durablePostgres() ? builder.durable() : builder;
	}

}

package dev.foodmesh.infra.local;

import java.time.Duration;

/**
 * The faults a running local stack can be put through while the rest of it keeps running,
 * for drills ({@link StackControl} serves them over HTTP). Each method returns once the
 * fault is in place or repaired, with a line for the operator, and throws
 * {@link IllegalStateException} when the part is not in a state that allows it (killing
 * what is not running, starting what runs).
 */
interface StackFaults {

	/**
	 * SIGKILL to one service (e.g. {@code order-service} or {@code order}), as a crash.
	 */
	String killService(String name);

	/**
	 * Starts a service that is not running and waits until it is ready, at most
	 * {@code timeout}.
	 */
	String startService(String name, Duration timeout);

	/** SIGSTOP to one service: it hangs with its connections and locks held. */
	String pauseService(String name);

	/** SIGCONT to a paused service. */
	String resumeService(String name);

	/**
	 * Stops the Kafka broker. It runs inside the launcher's JVM, so it cannot be killed
	 * alone: this is the broker's own shutdown, and every client sees its connections
	 * close.
	 */
	String stopKafka();

	/** Starts the broker again on the same ports and data. */
	String startKafka();

	/**
	 * SIGKILL to the postmaster and every Postgres process, as a crash; the next start
	 * recovers from the WAL.
	 */
	String killPostgres();

	/** Starts Postgres again on the same port and data directory. */
	String startPostgres();

	/** The state of every part, as JSON. */
	String status();

}

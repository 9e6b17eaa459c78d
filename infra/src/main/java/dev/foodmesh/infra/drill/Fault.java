package dev.foodmesh.infra.drill;

import java.time.Duration;

/**
 * One fault the drill puts the stack through: how it is injected and repaired through the
 * launcher's control channel, how long the part stays broken in between, and which
 * {@link Progress} shows that the saga moves through that part again.
 */
sealed interface Fault {

	String name();

	void inject(StackClient stack);

	void repair(StackClient stack);

	/** How long the part stays broken before {@link #repair}. */
	Duration outage();

	Progress progress();

	/**
	 * SIGKILL to a service, started again at once, as a supervisor (Kubernetes, systemd)
	 * would.
	 */
	record ServiceKill(String service) implements Fault {

		@Override
		public String name() {
			return "SIGKILL " + this.service + "-service";
		}

		@Override
		public void inject(StackClient stack) {
			stack.post("/services/" + this.service + "/kill");
		}

		@Override
		public void repair(StackClient stack) {
			// a JVM with the agent takes 40-150 s to be ready on a loaded 2-core machine,
			// longer than the stack's default ready timeout
			stack.post("/services/" + this.service + "/start?timeout=" + StackClient.START_TIMEOUT.toSeconds());
		}

		@Override
		public Duration outage() {
			return Duration.ZERO;
		}

		@Override
		public Progress progress() {
			return Progress.through(this.service);
		}

	}

	/**
	 * A part the whole saga needs is down for {@code down} and started again through the
	 * control channel: the broker (stopped, started on the same data) or Postgres
	 * (SIGKILL to every process, crash recovery on start).
	 */
	record InfrastructureOutage(String name, String injectPath, String repairPath, Duration down) implements Fault {

		static InfrastructureOutage brokerRestart(Duration down) {
			return new InfrastructureOutage("restart Kafka (" + down.toSeconds() + " s down)", "/kafka/stop",
					"/kafka/start", down);
		}

		static InfrastructureOutage postgresCrash(Duration down) {
			return new InfrastructureOutage("SIGKILL Postgres (" + down.toSeconds() + " s down)", "/postgres/kill",
					"/postgres/start", down);
		}

		@Override
		public void inject(StackClient stack) {
			stack.post(this.injectPath);
		}

		@Override
		public void repair(StackClient stack) {
			stack.post(this.repairPath);
		}

		@Override
		public Duration outage() {
			return this.down;
		}

		@Override
		public Progress progress() {
			return Progress.SAGA;
		}

	}

	/**
	 * SIGSTOP to the service whose outbox relay holds the leadership lock, for
	 * {@code frozen}, then SIGCONT: a leader that hangs without losing its database
	 * session.
	 */
	record RelayFreeze(String service, Duration frozen) implements Fault {

		@Override
		public String name() {
			return "SIGSTOP " + this.service + "-service, relay leader (" + this.frozen.toSeconds() + " s)";
		}

		@Override
		public void inject(StackClient stack) {
			stack.post("/services/" + this.service + "/pause");
		}

		@Override
		public void repair(StackClient stack) {
			stack.post("/services/" + this.service + "/resume");
		}

		@Override
		public Duration outage() {
			return this.frozen;
		}

		@Override
		public Progress progress() {
			return Progress.SAGA;
		}

	}

}

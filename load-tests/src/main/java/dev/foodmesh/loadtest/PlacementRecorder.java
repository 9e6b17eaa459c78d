package dev.foodmesh.loadtest;

import java.util.Arrays;

/**
 * The client's view of one step: every {@code POST /orders} answer (status and response
 * time) as Gatling measured it. Latency percentiles count only accepted orders (201): a
 * fast 503 must not make the step look quicker. Called from Gatling's threads.
 */
public final class PlacementRecorder {

	/**
	 * The status recorded for a request that got no answer (connection refused, timeout).
	 */
	public static final int NO_RESPONSE = 0;

	private double[] acceptedMillis = new double[1024];

	private int accepted;

	private long sent;

	private long clientErrors;

	private long serverErrors;

	private long noResponse;

	private long otherStatuses;

	public synchronized void record(int status, long millis) {
		this.sent++;
		if (status == 201) {
			if (this.accepted == this.acceptedMillis.length) {
				this.acceptedMillis = Arrays.copyOf(this.acceptedMillis, this.accepted * 2);
			}
			this.acceptedMillis[this.accepted++] = millis;
		}
		else if (status == NO_RESPONSE) {
			this.noResponse++;
		}
		else if (status >= 500) {
			this.serverErrors++;
		}
		else if (status >= 400) {
			this.clientErrors++;
		}
		else {
			this.otherStatuses++;
		}
	}

	public synchronized Placements placements() {
		return new Placements(this.sent, this.accepted, this.clientErrors, this.serverErrors, this.noResponse,
				this.otherStatuses, LatencySummary.of(Arrays.copyOf(this.acceptedMillis, this.accepted)));
	}

	/**
	 * What the client saw in a step.
	 *
	 * @param sent requests sent
	 * @param accepted answered 201
	 * @param clientErrors answered 4xx
	 * @param serverErrors answered 5xx
	 * @param noResponse got no answer
	 * @param otherStatuses answered anything else (a 200 would be a bug)
	 * @param latency response times of the accepted ones
	 */
	public record Placements(long sent, long accepted, long clientErrors, long serverErrors, long noResponse,
			long otherStatuses, LatencySummary latency) {

		public long errors() {
			return this.sent - this.accepted;
		}

	}

}

package dev.foodmesh.order.api;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import dev.foodmesh.web.problem.ServiceUnavailableException;

/**
 * Bounds the placements in flight, and refuses one beyond the bound at once with
 * {@code 503} + {@code Retry-After}.
 * <p>
 * Past its capacity a service that queues every request answers every request late: in
 * the benchmark's 250 orders/s step (docs/performance.md) the unbounded stack accepted 62
 * orders/s, fewer than at 100/s, left 11,000 requests without an answer after 10 s, and
 * spent its CPU on placements whose callers had already given up. A quick refusal costs
 * almost nothing, tells the caller (or the mesh) to come back, and keeps the answers of
 * the admitted placements within {@code limit} ÷ throughput.
 */
public final class PlacementAdmission {

	static final Duration RETRY_AFTER = Duration.ofSeconds(1);

	private final AtomicInteger inFlight = new AtomicInteger();

	private final int limit;

	public PlacementAdmission(int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("the limit of placements in flight must be at least 1, not " + limit);
		}
		this.limit = limit;
	}

	/**
	 * The placement, if fewer than {@code limit} are in flight when it is subscribed;
	 * otherwise a {@link ServiceUnavailableException}. A placement leaves the count when
	 * it ends, fails or is cancelled (its caller went away).
	 */
	<T> Mono<T> admit(Mono<T> placement) {
		return Mono.defer(() -> {
			if (this.inFlight.incrementAndGet() > this.limit) {
				this.inFlight.decrementAndGet();
				return Mono.error(() -> new ServiceUnavailableException("placement-overloaded",
						"More than " + this.limit + " orders are being placed at once; retry shortly", RETRY_AFTER));
			}
			return placement.doFinally((signal) -> this.inFlight.decrementAndGet());
		});
	}

}

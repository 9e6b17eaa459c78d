package dev.foodmesh.delivery.metrics;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.DeliveryMetrics;
import dev.foodmesh.delivery.domain.DeliveryEvent;
import dev.foodmesh.delivery.domain.FailureReason;
import dev.foodmesh.messaging.AfterCommit;

/**
 * Counts {@code foodmesh.delivery.assignments}, {@code foodmesh.delivery.failures} (tag
 * {@code reason}) and {@code foodmesh.delivery.releases}. Counting waits for the
 * transaction to commit, so a rolled-back or retried transaction is not counted twice.
 */
@Component
class MicrometerDeliveryMetrics implements DeliveryMetrics {

	private static final String ASSIGNMENTS = "foodmesh.delivery.assignments";

	private static final String FAILURES = "foodmesh.delivery.failures";

	private static final String RELEASES = "foodmesh.delivery.releases";

	private final MeterRegistry registry;

	MicrometerDeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
		// registered up front so that dashboards see zeros rather than no series
		registry.counter(ASSIGNMENTS);
		registry.counter(RELEASES);
		for (FailureReason reason : FailureReason.values()) {
			registry.counter(FAILURES, "reason", reason.name());
		}
	}

	@Override
	public Mono<Void> count(List<DeliveryEvent> events) {
		return AfterCommit.run(() -> increment(events));
	}

	private void increment(List<DeliveryEvent> events) {
		for (DeliveryEvent event : events) {
			switch (event) {
				case DeliveryEvent.Scheduled scheduled -> registry.counter(ASSIGNMENTS).increment();
				case DeliveryEvent.Failed failed ->
					registry.counter(FAILURES, "reason", failed.reason().name()).increment();
				case DeliveryEvent.Released released -> registry.counter(RELEASES).increment();
				case DeliveryEvent.PickedUp pickedUp -> {
				}
				case DeliveryEvent.Completed completed -> {
				}
			}
		}
	}

}

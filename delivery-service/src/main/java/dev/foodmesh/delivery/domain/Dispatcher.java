package dev.foodmesh.delivery.domain;

import static dev.foodmesh.delivery.domain.DeliveryResult.changed;
import static dev.foodmesh.delivery.domain.DeliveryResult.rejected;
import static dev.foodmesh.delivery.domain.DeliveryResult.unchanged;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

import dev.foodmesh.delivery.domain.Delivery.Assigned;
import dev.foodmesh.delivery.domain.Delivery.Failed;
import dev.foodmesh.delivery.domain.Delivery.Unassigned;

/**
 * Decides what becomes of a delivery waiting for a courier: assign the courier the
 * {@link AssignmentPolicy} chooses, keep waiting, or give up with
 * {@link FailureReason#NO_COURIER} once the courier wait has passed.
 *
 * @param courierWait how long a delivery may wait for a courier, counted from its request
 */
public record Dispatcher(EtaPolicy eta, Duration courierWait) {

	/**
	 * @param candidates couriers that may be free; the policy ignores busy ones and other
	 * cities
	 */
	public DeliveryResult dispatch(Delivery delivery, Collection<Courier> candidates, Instant now) {
		return switch (delivery) {
			case Unassigned waiting -> AssignmentPolicy.choose(waiting.city(), candidates)
				.map(courier -> assign(waiting, courier, now))
				.orElseGet(() -> waitOrGiveUp(waiting, now));
			// Already decided, one way or the other.
			case Assigned assigned -> unchanged(assigned);
			case Failed failed -> unchanged(failed);
			default -> rejected(delivery, DeliveryAction.ASSIGN);
		};
	}

	private DeliveryResult assign(Unassigned waiting, Courier courier, Instant now) {
		Instant estimatedDeliveryAt = eta.estimate(now);
		return changed(waiting.assign(courier.id(), estimatedDeliveryAt, now), new DeliveryEvent.Scheduled(waiting.id(),
				waiting.orderId(), now, courier.id(), courier.name(), estimatedDeliveryAt));
	}

	private DeliveryResult waitOrGiveUp(Unassigned waiting, Instant now) {
		if (now.isBefore(waiting.request().requestedAt().plus(courierWait))) {
			return unchanged(waiting);
		}
		return changed(waiting.fail(FailureReason.NO_COURIER, now),
				new DeliveryEvent.Failed(waiting.id(), waiting.orderId(), now, FailureReason.NO_COURIER));
	}

}

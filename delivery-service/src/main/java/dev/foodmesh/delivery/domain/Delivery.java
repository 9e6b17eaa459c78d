package dev.foodmesh.delivery.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * A delivery as type-state: each state is a record holding exactly the data that state
 * has, and offers only the moves that state allows. {@link DeliveryLifecycle} and
 * {@link Dispatcher} turn requests for any state into {@link DeliveryResult}s.
 *
 * <pre>
 * UNASSIGNED ─assign→ ASSIGNED ─pick up→ PICKED_UP ─complete→ COMPLETED
 *     │ give up           │ release
 *     ↓ (release)         ↓
 *   FAILED            RELEASED
 * </pre>
 */
public sealed interface Delivery {

	DeliveryRequest request();

	DeliveryStatus status();

	default DeliveryId id() {
		return request().id();
	}

	default OrderId orderId() {
		return request().orderId();
	}

	default String city() {
		return request().city();
	}

	/**
	 * The courier this delivery is or was assigned to: set once on assignment and kept
	 * through pickup and completion, so it never changes to another courier.
	 */
	default Optional<CourierId> assignedCourier() {
		return switch (this) {
			case Assigned assigned -> Optional.of(assigned.courierId());
			case PickedUp pickedUp -> Optional.of(pickedUp.courierId());
			case Completed completed -> Optional.of(completed.courierId());
			case Unassigned unassigned -> Optional.empty();
			case Failed failed -> Optional.empty();
			case Released released -> Optional.empty();
		};
	}

	/** Paid order waiting for a courier. */
	record Unassigned(DeliveryRequest request) implements Delivery {

		public DeliveryStatus status() {
			return DeliveryStatus.UNASSIGNED;
		}

		Assigned assign(CourierId courierId, Instant estimatedDeliveryAt, Instant now) {
			return new Assigned(request, courierId, now, estimatedDeliveryAt);
		}

		Failed fail(FailureReason reason, Instant now) {
			return new Failed(request, reason, now);
		}

		Released release(Instant now) {
			return new Released(request, now);
		}

	}

	/** A courier is on the way to the restaurant. */
	record Assigned(DeliveryRequest request, CourierId courierId, Instant assignedAt,
			Instant estimatedDeliveryAt) implements Delivery {

		public DeliveryStatus status() {
			return DeliveryStatus.ASSIGNED;
		}

		PickedUp pickUp(Instant now) {
			return new PickedUp(request, courierId, estimatedDeliveryAt, now);
		}

		Released release(Instant now) {
			return new Released(request, now);
		}

	}

	/** The courier has the order and rides to the customer. */
	record PickedUp(DeliveryRequest request, CourierId courierId, Instant estimatedDeliveryAt,
			Instant pickedUpAt) implements Delivery {

		public DeliveryStatus status() {
			return DeliveryStatus.PICKED_UP;
		}

		Completed complete(Instant now) {
			return new Completed(request, courierId, pickedUpAt, now);
		}

	}

	/** The customer has the order; the courier is free again. */
	record Completed(DeliveryRequest request, CourierId courierId, Instant pickedUpAt,
			Instant completedAt) implements Delivery {

		public DeliveryStatus status() {
			return DeliveryStatus.COMPLETED;
		}

	}

	/** No delivery could be arranged. */
	record Failed(DeliveryRequest request, FailureReason reason, Instant failedAt) implements Delivery {

		public DeliveryStatus status() {
			return DeliveryStatus.FAILED;
		}

	}

	/** The order was cancelled before pickup; a courier it held is free again. */
	record Released(DeliveryRequest request, Instant releasedAt) implements Delivery {

		public DeliveryStatus status() {
			return DeliveryStatus.RELEASED;
		}

	}

}

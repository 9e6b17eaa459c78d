package dev.foodmesh.delivery.domain;

import static dev.foodmesh.delivery.domain.DeliveryResult.changed;
import static dev.foodmesh.delivery.domain.DeliveryResult.rejected;
import static dev.foodmesh.delivery.domain.DeliveryResult.unchanged;

import java.time.Instant;

import dev.foodmesh.delivery.domain.Delivery.Assigned;
import dev.foodmesh.delivery.domain.Delivery.Failed;
import dev.foodmesh.delivery.domain.Delivery.PickedUp;
import dev.foodmesh.delivery.domain.Delivery.Released;
import dev.foodmesh.delivery.domain.Delivery.Unassigned;

/**
 * The courier's moves and the cancellation, for a delivery in any state. Each method
 * reads as a table: the state that allows the move, the state where the move was already
 * made (unchanged, no event), and everything else (rejected). Assignment and giving up
 * live in {@link Dispatcher}.
 */
public final class DeliveryLifecycle {

	private DeliveryLifecycle() {
	}

	public static DeliveryResult pickUp(Delivery delivery, Instant now) {
		return switch (delivery) {
			case Assigned assigned -> changed(assigned.pickUp(now),
					new DeliveryEvent.PickedUp(delivery.id(), delivery.orderId(), now, assigned.courierId()));
			case PickedUp pickedUp -> unchanged(pickedUp);
			default -> rejected(delivery, DeliveryAction.PICK_UP);
		};
	}

	public static DeliveryResult complete(Delivery delivery, Instant now) {
		return switch (delivery) {
			case PickedUp pickedUp -> changed(pickedUp.complete(now),
					new DeliveryEvent.Completed(delivery.id(), delivery.orderId(), now, pickedUp.courierId()));
			case Delivery.Completed completed -> unchanged(completed);
			default -> rejected(delivery, DeliveryAction.COMPLETE);
		};
	}

	/**
	 * Releases what the delivery holds for a cancelled order. A delivery that already
	 * failed holds nothing (order cancels {@code NO_COURIER} orders after our own
	 * failure), so it stays as it is.
	 */
	public static DeliveryResult release(Delivery delivery, Instant now) {
		return switch (delivery) {
			case Unassigned waiting ->
				changed(waiting.release(now), new DeliveryEvent.Released(delivery.id(), delivery.orderId(), now, null));
			case Assigned assigned -> changed(assigned.release(now),
					new DeliveryEvent.Released(delivery.id(), delivery.orderId(), now, assigned.courierId()));
			case Released released -> unchanged(released);
			case Failed failed -> unchanged(failed);
			default -> rejected(delivery, DeliveryAction.RELEASE);
		};
	}

}

package dev.foodmesh.delivery.domain;

import java.util.List;

/**
 * The outcome of asking a delivery to move. Callers switch over it exhaustively.
 */
public sealed interface DeliveryResult {

	/**
	 * The delivery is in the asked-for state. {@code events} is empty when it already was
	 * (a redelivered event or a repeated request), so repeating a request is harmless.
	 */
	record Changed(Delivery delivery, List<DeliveryEvent> events) implements DeliveryResult {

		public Changed {
			events = List.copyOf(events);
		}

		public boolean isNoOp() {
			return events.isEmpty();
		}

	}

	/** The delivery's state does not allow the move; nothing changed. */
	record Rejected(DeliveryRejection reason) implements DeliveryResult {
	}

	static DeliveryResult changed(Delivery next, DeliveryEvent event) {
		return new Changed(next, List.of(event));
	}

	static DeliveryResult unchanged(Delivery current) {
		return new Changed(current, List.of());
	}

	static DeliveryResult rejected(Delivery current, DeliveryAction attempted) {
		return new Rejected(new DeliveryRejection(current.id(), current.status(), attempted));
	}

}

package dev.foodmesh.order.domain;

/**
 * A request to move an order, one per {@link Trigger}; the records carry the data the
 * move needs.
 */
public sealed interface OrderCommand {

	Trigger trigger();

	/** payment-service authorised the total. */
	record AuthorizePayment(PaymentId paymentId) implements OrderCommand {

		@Override
		public Trigger trigger() {
			return Trigger.PAYMENT_AUTHORIZED;
		}

	}

	/** delivery-service assigned a courier. */
	record AssignCourier(CourierAssignment assignment) implements OrderCommand {

		@Override
		public Trigger trigger() {
			return Trigger.COURIER_ASSIGNED;
		}

	}

	/**
	 * Any other trigger, which needs no data: a decline, a timeout, a refund, pickup,
	 * delivery, a cancel.
	 */
	record Signal(Trigger trigger) implements OrderCommand {

		public Signal {
			if (trigger == Trigger.PAYMENT_AUTHORIZED || trigger == Trigger.COURIER_ASSIGNED) {
				throw new IllegalArgumentException(trigger + " carries data; use its own command");
			}
		}

	}

}

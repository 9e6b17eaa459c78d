package dev.foodmesh.delivery.application;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;

/**
 * Who moves a delivery on (docs/security.md): a courier only the delivery assigned to
 * them, staff any. {@link MoveDelivery} decides on the row it has locked, so the answer
 * holds for the move it makes.
 */
public sealed interface Actor {

	/** A courier, the token's subject. */
	record Courier(CourierId id) implements Actor {

		public boolean isAssignedTo(Delivery delivery) {
			return delivery.assignedCourier().filter(id::equals).isPresent();
		}

	}

	/**
	 * Whoever may move any delivery: an operator, or the service's own courier simulator
	 * acting for each delivery's courier.
	 */
	enum Staff implements Actor {

		OPERATOR, COURIER_SIMULATOR

	}

}

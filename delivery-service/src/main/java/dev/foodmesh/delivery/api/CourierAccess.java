package dev.foodmesh.delivery.api;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.DeliveryQueries;
import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.web.problem.ForbiddenException;
import dev.foodmesh.web.security.Caller;
import dev.foodmesh.web.security.Role;

/**
 * Whose delivery is it (docs/security.md): the route rules let couriers and operators
 * move deliveries, this decides per delivery. A courier moves only the delivery assigned
 * to them (the token's subject is their courier id), an operator any. Checked before the
 * move, not inside its transaction: a delivery's courier never changes once assigned, so
 * a delivery found to be the caller's stays theirs or leaves the states a move accepts (a
 * 409).
 */
@Component
class CourierAccess {

	private final DeliveryQueries queries;

	CourierAccess(DeliveryQueries queries) {
		this.queries = queries;
	}

	/**
	 * Completes when the caller may move the delivery; 404 for an unknown one, 403 for
	 * another courier's.
	 */
	Mono<Void> mayMove(Caller caller, DeliveryId id) {
		return queries.find(id)
			.switchIfEmpty(Mono.error(() -> DeliveryController.notFound(id)))
			.filter(details -> caller.has(Role.OPERATOR) || isAssignedTo(details.delivery(), caller))
			.switchIfEmpty(Mono.error(() -> new ForbiddenException(
					"Delivery " + id + " is not assigned to the courier " + caller.subject())))
			.then();
	}

	private static boolean isAssignedTo(Delivery delivery, Caller caller) {
		return caller.has(Role.COURIER)
				&& delivery.assignedCourier().map(CourierId::toString).filter(caller.subject()::equals).isPresent();
	}

}

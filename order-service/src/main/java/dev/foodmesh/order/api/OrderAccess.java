package dev.foodmesh.order.api;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.order.application.Orders;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.web.problem.ForbiddenException;
import dev.foodmesh.web.security.Caller;
import dev.foodmesh.web.security.Role;

/**
 * Whose order is it (docs/security.md): the route rules let customers and operators in,
 * this decides per order. Another customer's order answers 403, an unknown one 404.
 */
@Component
class OrderAccess {

	private final Orders orders;

	OrderAccess(Orders orders) {
		this.orders = orders;
	}

	/** The order, if the caller is its customer or an operator. */
	Mono<Order> readableBy(Caller caller, OrderId id) {
		return find(id).filter((order) -> caller.mayRead(owner(order)))
			.switchIfEmpty(Mono.error(() -> anotherCustomers(id)));
	}

	/** The order, if the caller is the customer who placed it. */
	Mono<Order> ownedBy(Caller caller, OrderId id) {
		return find(id).filter((order) -> caller.isCustomer(owner(order)))
			.switchIfEmpty(Mono.error(() -> anotherCustomers(id)));
	}

	/**
	 * The user whose orders a list may show: for an operator the one asked for (or
	 * everyone), for a customer only themselves.
	 */
	static @Nullable UUID listable(Caller caller, @Nullable UUID userId) {
		if (caller.has(Role.OPERATOR)) {
			return userId;
		}
		if (userId != null && !caller.isCustomer(userId.toString())) {
			throw new ForbiddenException("A customer lists only their own orders (userId = the token's subject)");
		}
		try {
			return UUID.fromString(caller.subject());
		}
		catch (IllegalArgumentException ex) {
			throw new ForbiddenException("A customer token's subject must be the user id, not " + caller.subject());
		}
	}

	private Mono<Order> find(OrderId id) {
		return this.orders.findById(id).switchIfEmpty(Mono.error(() -> OrderProblems.notFound(id.value().toString())));
	}

	private static String owner(Order order) {
		return order.details().userId().value().toString();
	}

	private static ForbiddenException anotherCustomers(OrderId id) {
		return new ForbiddenException("Order " + id.value() + " belongs to another customer");
	}

}

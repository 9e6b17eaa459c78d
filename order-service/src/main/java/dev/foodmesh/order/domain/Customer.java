package dev.foodmesh.order.domain;

/** What user-service knows about the customer placing an order. */
public sealed interface Customer {

	UserId id();

	/** A registered user; only an active one may order. */
	record Registered(UserId id, boolean active) implements Customer {
	}

	/** No such user. */
	record Unknown(UserId id) implements Customer {
	}

}

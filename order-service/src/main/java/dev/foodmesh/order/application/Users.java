package dev.foodmesh.order.application;

import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Customer;
import dev.foodmesh.order.domain.UserId;

/**
 * user-service, asked synchronously while an order is placed. Signals
 * {@link DependencyUnavailableException} when it cannot answer in time.
 */
public interface Users {

	/** The user as a customer: registered (active or not) or unknown. */
	Mono<Customer> find(UserId id);

}

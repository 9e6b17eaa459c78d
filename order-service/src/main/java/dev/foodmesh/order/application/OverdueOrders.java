package dev.foodmesh.order.application;

import java.time.Duration;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * The orders that stay in a non-terminal status longer than its bound. "Longer" is
 * measured by the store's own clock from the moment the order entered the status, so
 * replicas with skewed clocks agree.
 */
public interface OverdueOrders {

	/**
	 * Locks up to {@code limit} orders in {@code status} for longer than {@code bound},
	 * longest waiting first, skipping orders another replica holds.
	 */
	Flux<Order> lockOverdue(OrderStatus status, Duration bound, int limit);

	/**
	 * How many orders are in each of the statuses longer than its bound; a status without
	 * any is absent.
	 */
	Mono<Map<OrderStatus, Long>> count(Map<OrderStatus, Duration> bounds);

}

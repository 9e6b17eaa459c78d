package dev.foodmesh.order.application;

import reactor.core.publisher.Flux;

import dev.foodmesh.order.domain.OrderId;

/**
 * Wake-ups for status watchers: the id of every order whose status changed in any
 * replica, after commit. Hot and lossy by design (a watcher re-reads the order), so a
 * watcher that subscribes late may miss a wake-up and must also re-read now and then.
 */
public interface OrderChanges {

	Flux<OrderId> changes();

}

package dev.foodmesh.order.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.UserId;

/** The read side: orders found by criteria, newest first. */
public interface OrderQueries {

	/** One page of the orders that match; a {@code null} criterion matches everything. */
	Mono<OrderPage> search(Criteria criteria);

	/**
	 * What to look for.
	 *
	 * @param page zero-based page number
	 * @param size orders per page
	 */
	record Criteria(@Nullable UserId userId, @Nullable OrderStatus status, int page, int size) {
	}

	/** One page of orders and how many match in all. */
	record OrderPage(List<Order> items, long totalItems) {

		public OrderPage {
			items = List.copyOf(items);
		}

	}

}

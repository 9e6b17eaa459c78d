package dev.foodmesh.order.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.UserId;

/** The read side: orders found by criteria, newest first. */
public interface OrderQueries {

	/**
	 * Matches beyond this many are not counted: {@link OrderPage#totalItems()} says this
	 * many and no more. It equals how deep the API lets pages reach, so every page the
	 * total announces can be asked for.
	 */
	int MAX_COUNTED = 10_000;

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

	/**
	 * One page of orders and how many match in all: exact up to {@link #MAX_COUNTED},
	 * which also stands for any larger number.
	 */
	record OrderPage(List<Order> items, long totalItems) {

		public OrderPage {
			items = List.copyOf(items);
		}

	}

}

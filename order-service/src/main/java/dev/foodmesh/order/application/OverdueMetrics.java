package dev.foodmesh.order.application;

import java.util.Map;

import dev.foodmesh.order.domain.OrderStatus;

/**
 * Publishes how many orders are overdue in each bounded status, as the last overdue pass
 * counted them.
 */
public interface OverdueMetrics {

	/**
	 * The counts of the last pass; a bounded status missing from {@code counts} has none
	 * overdue.
	 */
	void overdue(Map<OrderStatus, Long> counts);

}

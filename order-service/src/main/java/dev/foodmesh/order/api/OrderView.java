package dev.foodmesh.order.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.order.domain.CourierAssignment;
import dev.foodmesh.order.domain.DeliveryAddress;
import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.Money;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderLine;

/**
 * An order as clients see it. {@code courier} and {@code estimatedDeliveryAt} appear once
 * delivery is scheduled.
 */
record OrderView(UUID id, UUID userId, UUID restaurantId, String status, @Nullable String cancellationReason,
		List<LineView> lines, MoneyView total, AddressView deliveryAddress,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable CourierView courier,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Instant estimatedDeliveryAt, List<HistoryView> history,
		Instant createdAt, Instant updatedAt) {

	record MoneyView(long amount, String currency) {

		static MoneyView of(Money money) {
			return new MoneyView(money.amount(), money.currency());
		}

	}

	record LineView(UUID menuItemId, String name, int quantity, MoneyView unitPrice, MoneyView lineTotal) {

		static LineView of(OrderLine line) {
			return new LineView(line.menuItemId().value(), line.name(), line.quantity(), MoneyView.of(line.unitPrice()),
					MoneyView.of(line.lineTotal()));
		}

	}

	record AddressView(String street, String city, String postalCode) {

		static AddressView of(DeliveryAddress address) {
			return new AddressView(address.street(), address.city(), address.postalCode());
		}

	}

	record CourierView(UUID id, String name) {

	}

	record HistoryView(String status, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason, Instant at) {

		static HistoryView of(HistoryEntry entry) {
			return new HistoryView(entry.status().name(), entry.reason(), entry.at());
		}

	}

	static OrderView of(Order order) {
		CourierAssignment assignment = order.courierAssignment();
		return new OrderView(order.id().value(), order.details().userId().value(),
				order.details().restaurantId().value(), order.status().name(),
				(order.cancellationReason() != null) ? order.cancellationReason().name() : null,
				order.details().lines().stream().map(LineView::of).toList(), MoneyView.of(order.details().total()),
				AddressView.of(order.details().deliveryAddress()),
				(assignment != null) ? new CourierView(assignment.courier().id().value(), assignment.courier().name())
						: null,
				(assignment != null) ? assignment.estimatedDeliveryAt() : null,
				order.history().stream().map(HistoryView::of).toList(), order.createdAt(), order.updatedAt());
	}

}

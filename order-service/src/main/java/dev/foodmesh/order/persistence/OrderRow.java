package dev.foodmesh.order.persistence;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.order.domain.CancellationReason;
import dev.foodmesh.order.domain.Courier;
import dev.foodmesh.order.domain.CourierAssignment;
import dev.foodmesh.order.domain.CourierId;
import dev.foodmesh.order.domain.DeliveryAddress;
import dev.foodmesh.order.domain.HistoryEntry;
import dev.foodmesh.order.domain.Money;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderDetails;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderLine;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.PaymentId;
import dev.foodmesh.order.domain.RestaurantId;
import dev.foodmesh.order.domain.UserId;

/** One row of {@code orders}: the order without its lines and history. */
record OrderRow(UUID id, UUID userId, UUID restaurantId, String restaurantCity, long totalAmount, String currency,
		String street, String city, String postalCode, String paymentToken, String status,
		@Nullable String cancellationReason, @Nullable UUID paymentId, @Nullable UUID courierId,
		@Nullable String courierName, @Nullable Instant estimatedDeliveryAt, Instant createdAt, Instant updatedAt) {

	static final String COLUMNS = "id, user_id, restaurant_id, restaurant_city, total_amount, currency, street, city, "
			+ "postal_code, payment_token, status, cancellation_reason, payment_id, courier_id, courier_name, "
			+ "estimated_delivery_at, created_at, updated_at";

	static OrderRow read(Readable row) {
		return new OrderRow(row.get("id", UUID.class), row.get("user_id", UUID.class),
				row.get("restaurant_id", UUID.class), row.get("restaurant_city", String.class),
				row.get("total_amount", Long.class), row.get("currency", String.class), row.get("street", String.class),
				row.get("city", String.class), row.get("postal_code", String.class),
				row.get("payment_token", String.class), row.get("status", String.class),
				row.get("cancellation_reason", String.class), row.get("payment_id", UUID.class),
				row.get("courier_id", UUID.class), row.get("courier_name", String.class),
				row.get("estimated_delivery_at", Instant.class), row.get("created_at", Instant.class),
				row.get("updated_at", Instant.class));
	}

	/** The columns that change over an order's life, as bind parameters (nulls typed). */
	static Map<String, Object> progress(Order order) {
		CourierAssignment assignment = order.courierAssignment();
		Map<String, Object> values = new HashMap<>();
		values.put("id", order.id().value());
		values.put("status", order.status().name());
		values.put("cancellationReason", nullable(
				(order.cancellationReason() != null) ? order.cancellationReason().name() : null, String.class));
		values.put("paymentId", nullable((order.paymentId() != null) ? order.paymentId().value() : null, UUID.class));
		values.put("courierId", nullable((assignment != null) ? assignment.courier().id().value() : null, UUID.class));
		values.put("courierName", nullable((assignment != null) ? assignment.courier().name() : null, String.class));
		values.put("eta", nullable((assignment != null) ? assignment.estimatedDeliveryAt() : null, Instant.class));
		values.put("updatedAt", order.updatedAt());
		return values;
	}

	/** Every column, as bind parameters, for an insert. */
	static Map<String, Object> all(Order order) {
		OrderDetails details = order.details();
		Map<String, Object> values = progress(order);
		values.put("userId", details.userId().value());
		values.put("restaurantId", details.restaurantId().value());
		values.put("restaurantCity", details.restaurantCity());
		values.put("totalAmount", details.total().amount());
		values.put("currency", details.total().currency());
		values.put("street", details.deliveryAddress().street());
		values.put("city", details.deliveryAddress().city());
		values.put("postalCode", details.deliveryAddress().postalCode());
		values.put("paymentToken", details.paymentToken());
		values.put("createdAt", order.createdAt());
		return values;
	}

	Order toOrder(List<OrderLine> lines, List<HistoryEntry> history) {
		OrderDetails details = new OrderDetails(new UserId(this.userId), new RestaurantId(this.restaurantId),
				this.restaurantCity, lines, new Money(this.totalAmount, this.currency),
				new DeliveryAddress(this.street, this.city, this.postalCode), this.paymentToken);
		return new Order(new OrderId(this.id), details, OrderStatus.valueOf(this.status),
				(this.cancellationReason != null) ? CancellationReason.valueOf(this.cancellationReason) : null,
				(this.paymentId != null) ? new PaymentId(this.paymentId) : null, assignment(), history, this.createdAt,
				this.updatedAt);
	}

	private @Nullable CourierAssignment assignment() {
		if (this.courierId == null || this.courierName == null || this.estimatedDeliveryAt == null) {
			return null;
		}
		return new CourierAssignment(new Courier(new CourierId(this.courierId), this.courierName),
				this.estimatedDeliveryAt);
	}

	static Object nullable(@Nullable Object value, Class<?> type) {
		return (value != null) ? value : Parameters.in(type);
	}

}

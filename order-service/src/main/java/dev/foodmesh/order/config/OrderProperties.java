package dev.foodmesh.order.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import dev.foodmesh.order.domain.OrderStatus;

/**
 * Settings of order-service, under {@code foodmesh.order} (each also settable as an
 * environment variable, e.g. {@code FOODMESH_ORDER_PAYMENT_TIMEOUT=90s}). Checked at
 * startup: a value out of range stops the service with a message that names the property.
 *
 * @param userServiceUrl base URL of user-service
 * @param restaurantServiceUrl base URL of restaurant-service
 * @param lookups the synchronous calls to user- and restaurant-service
 * @param paymentTimeout how long an order may await payment before it is cancelled
 * (PAYMENT_TIMEOUT)
 * @param paymentTimeoutScan how the overdue orders are looked for, for the payment
 * timeout and the other bounds
 * @param overdue the bounds of the other non-terminal statuses
 * @param statusStream the SSE status stream
 * @param placement how many placements may be in flight
 */
@ConfigurationProperties("foodmesh.order")
@Validated
public record OrderProperties(@DefaultValue("http://localhost:8081") URI userServiceUrl,
		@DefaultValue("http://localhost:8082") URI restaurantServiceUrl, @DefaultValue @Valid Lookups lookups,
		@DefaultValue("60s") @DurationMin(millis = 1) Duration paymentTimeout,
		@DefaultValue @Valid PaymentTimeoutScan paymentTimeoutScan, @DefaultValue @Valid Overdue overdue,
		@DefaultValue @Valid StatusStream statusStream, @DefaultValue @Valid Placement placement) {

	/**
	 * @param connectTimeout longest wait for a TCP connection
	 * @param responseTimeout longest wait for the answer once the request is sent
	 * @param maxConnections pooled connections per dependency
	 * @param pendingAcquireTimeout longest a call waits for a pooled connection
	 */
	public record Lookups(@DefaultValue("500ms") @DurationMin(millis = 1) Duration connectTimeout,
			@DefaultValue("1s") @DurationMin(millis = 1) Duration responseTimeout,
			@DefaultValue("200") @Positive int maxConnections,
			@DefaultValue("500ms") @DurationMin(millis = 1) Duration pendingAcquireTimeout) {

		/** The longest a whole lookup may take. */
		Duration total() {
			return this.connectTimeout.plus(this.responseTimeout);
		}

	}

	/**
	 * @param enabled whether this replica scans (every replica may; they skip each
	 * other's rows)
	 * @param interval pause between two scans
	 * @param batchSize most orders cancelled in one transaction
	 */
	public record PaymentTimeoutScan(@DefaultValue("true") boolean enabled,
			@DefaultValue("5s") @DurationMin(millis = 1) Duration interval,
			@DefaultValue("200") @Positive int batchSize) {
	}

	/**
	 * How long an order may stay in each non-terminal status before the overdue pass acts
	 * on it or counts it ({@code foodmesh_order_overdue}).
	 *
	 * @param paid paid without a courier assigned: cancelled {@code DELIVERY_OVERDUE}
	 * after this (longer than delivery-service's courier wait, which fails the delivery
	 * {@code NO_COURIER} first)
	 * @param deliveryScheduled a courier assigned, no pickup yet: counted
	 * @param pickedUp on the way, not delivered yet: counted
	 * @param cancellationPending a cancellation unsettled: the release is asked again (at
	 * most once per bound) while delivery-service has not answered, and the order counted
	 * @param batchSize most orders moved per status in one pass
	 */
	public record Overdue(@DefaultValue("15m") @DurationMin(seconds = 1) Duration paid,
			@DefaultValue("2h") @DurationMin(seconds = 1) Duration deliveryScheduled,
			@DefaultValue("3h") @DurationMin(seconds = 1) Duration pickedUp,
			@DefaultValue("10m") @DurationMin(seconds = 1) Duration cancellationPending,
			@DefaultValue("100") @Positive int batchSize) {

		/** The bound of each status the overdue pass watches. */
		public Map<OrderStatus, Duration> bounds() {
			return Map.of(OrderStatus.PAID, this.paid, OrderStatus.DELIVERY_SCHEDULED, this.deliveryScheduled,
					OrderStatus.PICKED_UP, this.pickedUp, OrderStatus.CANCELLATION_PENDING, this.cancellationPending);
		}

	}

	/**
	 * @param keepAlive interval of the keep-alive comments, shorter than proxies' idle
	 * timeouts
	 * @param resyncInterval how often a watcher re-reads its order even without a
	 * notification
	 * @param reconnectBackoff first pause before the shared LISTEN connection is reopened
	 * @param listenerGracePeriod how long the LISTEN connection stays open after the last
	 * watcher left
	 */
	public record StatusStream(@DefaultValue("15s") @DurationMin(millis = 1) Duration keepAlive,
			@DefaultValue("10s") @DurationMin(millis = 1) Duration resyncInterval,
			@DefaultValue("1s") @DurationMin(millis = 1) Duration reconnectBackoff,
			@DefaultValue("30s") @DurationMin(millis = 0) Duration listenerGracePeriod) {
	}

	/**
	 * @param maxInFlight most placements in flight at once; one more is answered 503 with
	 * Retry-After at once instead of queuing behind the others
	 */
	public record Placement(@DefaultValue("64") @Positive int maxInFlight) {
	}

}

package dev.foodmesh.order.config;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of order-service, under {@code foodmesh.order} (each also settable as an environment variable, e.g.
 * {@code FOODMESH_ORDER_PAYMENT_TIMEOUT=90s}).
 *
 * @param userServiceUrl base URL of user-service
 * @param restaurantServiceUrl base URL of restaurant-service
 * @param lookups the synchronous calls to user- and restaurant-service
 * @param paymentTimeout how long an order may await payment before it is cancelled (PAYMENT_TIMEOUT)
 * @param paymentTimeoutScan how the overdue orders are looked for
 * @param statusStream the SSE status stream
 */
@ConfigurationProperties("foodmesh.order")
public record OrderProperties(@DefaultValue("http://localhost:8081") URI userServiceUrl,
		@DefaultValue("http://localhost:8082") URI restaurantServiceUrl, @DefaultValue Lookups lookups,
		@DefaultValue("60s") Duration paymentTimeout, @DefaultValue PaymentTimeoutScan paymentTimeoutScan,
		@DefaultValue StatusStream statusStream) {

	/**
	 * @param connectTimeout longest wait for a TCP connection
	 * @param responseTimeout longest wait for the answer once the request is sent
	 * @param maxConnections pooled connections per dependency
	 * @param pendingAcquireTimeout longest a call waits for a pooled connection
	 */
	public record Lookups(@DefaultValue("500ms") Duration connectTimeout, @DefaultValue("1s") Duration responseTimeout,
			@DefaultValue("200") int maxConnections, @DefaultValue("500ms") Duration pendingAcquireTimeout) {

		/** The longest a whole lookup may take. */
		Duration total() {
			return this.connectTimeout.plus(this.responseTimeout);
		}

	}

	/**
	 * @param enabled whether this replica scans (every replica may; they skip each other's rows)
	 * @param interval pause between two scans
	 * @param batchSize most orders cancelled in one transaction
	 */
	public record PaymentTimeoutScan(@DefaultValue("true") boolean enabled, @DefaultValue("5s") Duration interval,
			@DefaultValue("200") int batchSize) {
	}

	/**
	 * @param keepAlive interval of the keep-alive comments, shorter than proxies' idle timeouts
	 * @param resyncInterval how often a watcher re-reads its order even without a notification
	 * @param reconnectBackoff first pause before the shared LISTEN connection is reopened
	 * @param listenerGracePeriod how long the LISTEN connection stays open after the last watcher left
	 */
	public record StatusStream(@DefaultValue("15s") Duration keepAlive, @DefaultValue("10s") Duration resyncInterval,
			@DefaultValue("1s") Duration reconnectBackoff, @DefaultValue("30s") Duration listenerGracePeriod) {
	}

}

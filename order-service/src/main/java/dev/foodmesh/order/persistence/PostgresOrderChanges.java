package dev.foodmesh.order.persistence;

import java.time.Duration;
import java.util.UUID;

import io.r2dbc.postgresql.api.Notification;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlResult;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import dev.foodmesh.order.application.OrderChanges;
import dev.foodmesh.order.domain.OrderId;

/**
 * {@link OrderChanges} from {@code LISTEN order_status}: ONE dedicated connection per
 * replica, opened when the first watcher subscribes and closed a grace period after the
 * last one leaves, shared by all watchers. A lost connection is reopened with backoff;
 * notifications missed meanwhile are covered by the watchers' periodic re-read.
 */
public final class PostgresOrderChanges implements OrderChanges {

	private static final Logger logger = LoggerFactory.getLogger(PostgresOrderChanges.class);

	private final Flux<OrderId> changes;

	/**
	 * @param listenerConnections an unpooled factory: a pooled connection would keep
	 * listening after release
	 */
	public PostgresOrderChanges(ConnectionFactory listenerConnections, Duration reconnectBackoff,
			Duration gracePeriod) {
		this.changes = Flux.usingWhen(listenerConnections.create(), PostgresOrderChanges::listen, Connection::close)
			.retryWhen(Retry.backoff(Long.MAX_VALUE, reconnectBackoff)
				.maxBackoff(reconnectBackoff.multipliedBy(20))
				.doBeforeRetry((signal) -> logger.warn("Order status listener lost, reconnecting: {}",
						signal.failure().toString())))
			.publish()
			.refCount(1, gracePeriod);
	}

	@Override
	public Flux<OrderId> changes() {
		return this.changes;
	}

	private static Flux<OrderId> listen(Connection connection) {
		PostgresqlConnection postgres = (PostgresqlConnection) connection;
		return postgres.createStatement("LISTEN " + R2dbcOrders.STATUS_CHANNEL)
			.execute()
			.flatMap(PostgresqlResult::getRowsUpdated)
			.thenMany(postgres.getNotifications())
			.map(PostgresOrderChanges::orderId)
			// the notification stream ends only when the connection does: reconnect
			.concatWith(Mono.error(() -> new IllegalStateException("listener connection closed")));
	}

	private static OrderId orderId(Notification notification) {
		return new OrderId(UUID.fromString(notification.getParameter()));
	}

}

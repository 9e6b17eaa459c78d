package dev.foodmesh.infra.drill;

import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.foodmesh.infra.DevIssuer;

/**
 * Pickups racing cancels: for each order handed to {@link #race(String, String)}, as soon
 * as delivery-service has assigned it a courier, {@code POST /deliveries/{id}/pickup}
 * (with that courier's token: a courier moves only the delivery assigned to them) and
 * {@code POST /orders/{id}/cancel} go out at the same moment, so order-service decides on
 * a view that may be a moment old. The saga must settle each such order one way:
 * delivered and charged, or cancelled and refunded, never both.
 */
final class PickupRacer implements AutoCloseable {

	private static final long POLL_MILLIS = 300;

	private final DrillOptions options;

	private final FoodMeshApi api;

	private final Databases databases;

	private final Tally tally;

	/**
	 * Order id → the bearer token of the customer who placed it, the only one who may
	 * cancel it.
	 */
	private final Map<String, String> waiting = new ConcurrentHashMap<>();

	private final Thread poller;

	private volatile boolean running = true;

	PickupRacer(DrillOptions options, FoodMeshApi api, Databases databases, Tally tally) {
		this.options = options;
		this.api = api;
		this.databases = databases;
		this.tally = tally;
		this.poller = Thread.ofPlatform().name("pickup-racer").daemon().start(this::poll);
	}

	void race(String orderId, String customerToken) {
		this.waiting.put(orderId, customerToken);
	}

	@Override
	public void close() {
		this.running = false;
		this.poller.interrupt();
	}

	private void poll() {
		while (this.running) {
			try {
				TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
				if (!this.waiting.isEmpty()) {
					raceAssigned();
				}
			}
			catch (InterruptedException ex) {
				return;
			}
			catch (SQLException ex) {
				// Postgres is down for a moment (a drill fault): ask again at the next
				// poll
				this.tally.add("racer database errors");
			}
		}
	}

	private void raceAssigned() throws SQLException {
		String[] ids = this.waiting.keySet().toArray(String[]::new);
		for (Databases.Row row : this.databases.query("delivery",
				"select id::text, order_id::text, courier_id::text from deliveries"
						+ " where status = 'ASSIGNED' and order_id = any(?::uuid[])",
				(Object) ids)) {
			String orderId = row.text(1);
			String customer = this.waiting.remove(orderId);
			CompletableFuture<FoodMeshApi.Answer> pickup = this.api.post(
					this.options.deliveryService() + "/deliveries/" + row.text(0) + "/pickup",
					DevIssuer.courier(row.text(2)));
			CompletableFuture<FoodMeshApi.Answer> cancel = this.api
				.post(this.options.orderService() + "/orders/" + orderId + "/cancel", customer);
			pickup.thenAccept((answer) -> this.tally.add("race pickup " + answer.status()));
			cancel.thenAccept((answer) -> this.tally.add("race cancel " + answer.status()));
		}
	}

}

package dev.foodmesh.order.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple2;

import dev.foodmesh.order.application.IdempotencyRecords.IdempotencyRecord;
import dev.foodmesh.order.domain.Customer;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderDetails;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderPlacementPolicy;
import dev.foodmesh.order.domain.OrderResult.Changed;
import dev.foodmesh.order.domain.PlacementRejection;
import dev.foodmesh.order.domain.RestaurantQuote;

/**
 * Places an order: asks user-service and restaurant-service at the same time, checks the
 * placement rules, then stores the order, its {@code OrderCreated} event and the
 * idempotency record in one transaction. A key seen before replays its answer (same body:
 * the order it placed, as placed) or is refused (another body); of two concurrent
 * requests with one key, one places the order and the other replays it. What the answer
 * looks like on the wire is the API's business: this use case answers values.
 */
public final class PlaceOrder {

	private static final Logger logger = LoggerFactory.getLogger(PlaceOrder.class);

	private final Users users;

	private final Restaurants restaurants;

	private final IdempotencyRecords idempotency;

	private final Orders orders;

	private final OrderChangeWriter writer;

	private final Transactions transactions;

	private final Clock clock;

	public PlaceOrder(Users users, Restaurants restaurants, IdempotencyRecords idempotency, Orders orders,
			OrderChangeWriter writer, Transactions transactions, Clock clock) {
		this.users = users;
		this.restaurants = restaurants;
		this.idempotency = idempotency;
		this.orders = orders;
		this.writer = writer;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<PlacementResult> place(PlaceOrderCommand command) {
		return replayed(command).switchIfEmpty(Mono.defer(() -> placeNew(command)));
	}

	private Mono<PlacementResult> replayed(PlaceOrderCommand command) {
		return this.idempotency.find(command.idempotencyKey()).flatMap((record) -> replay(record, command));
	}

	private Mono<PlacementResult> replay(IdempotencyRecord record, PlaceOrderCommand command) {
		if (!record.requestHash().equals(command.requestHash())) {
			return Mono.just(new PlacementResult.KeyReused(command.idempotencyKey()));
		}
		// the key's foreign key keeps its order: none means the database lost a row
		return this.orders.findById(record.orderId())
			.switchIfEmpty(Mono.error(() -> new IllegalStateException(
					"idempotency key " + record.key() + " names order " + record.orderId() + ", which is missing")))
			.map((order) -> new PlacementResult.Placed(order.asPlaced(), true));
	}

	private Mono<PlacementResult> placeNew(PlaceOrderCommand command) {
		return Mono
			.zip(this.users.find(command.userId()), this.restaurants.quote(command.restaurantId(), command.items()))
			.flatMap((lookups) -> decide(command, lookups));
	}

	private Mono<PlacementResult> decide(PlaceOrderCommand command, Tuple2<Customer, RestaurantQuote> lookups) {
		return OrderPlacementPolicy.check(lookups.getT1(), lookups.getT2())
			.<Mono<PlacementResult>>map((rejection) -> Mono.just(refused(command, rejection)))
			.orElseGet(() -> store(command, priced(lookups.getT2())));
	}

	private Mono<PlacementResult> store(PlaceOrderCommand command, RestaurantQuote.Priced quote) {
		Changed placed = Order.place(OrderId.random(), details(command, quote), now());
		Order order = placed.next();
		IdempotencyRecord record = new IdempotencyRecord(command.idempotencyKey(), command.requestHash(), order.id());
		Mono<PlacementResult> write = this.writer.placed(placed, record)
			.map((stored) -> new PlacementResult.Placed(stored, false));
		// empty: a concurrent request with the same key committed first; answer as it did
		return this.transactions.required(write)
			.doOnNext((committed) -> logPlaced(order))
			.switchIfEmpty(Mono.defer(() -> replayed(command)));
	}

	/**
	 * To the microsecond, as Postgres keeps it: a replay rebuilds the answer from the
	 * stored order and must say the same instant.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	// one line per outcome, in the request's trace (trace_id in the JSON line); no
	// customer data
	private static void logPlaced(Order order) {
		OrderDetails details = order.details();
		logger.atInfo()
			.addKeyValue("orderId", order.id().toString())
			.addKeyValue("restaurantId", details.restaurantId().toString())
			.log("Order {} placed: {} {} at restaurant {}, awaiting payment", order.id(), details.total().amount(),
					details.total().currency(), details.restaurantId());
	}

	private static PlacementResult refused(PlaceOrderCommand command, PlacementRejection rejection) {
		logger.atInfo()
			.addKeyValue("restaurantId", command.restaurantId().toString())
			.addKeyValue("reason", rejection.cause().name())
			.log("Order refused: {}", rejection);
		return new PlacementResult.Refused(rejection);
	}

	private static OrderDetails details(PlaceOrderCommand command, RestaurantQuote.Priced quote) {
		return new OrderDetails(command.userId(), command.restaurantId(), quote.restaurantCity(), quote.lines(),
				quote.total(), command.deliveryAddress(), command.paymentToken());
	}

	private static RestaurantQuote.Priced priced(RestaurantQuote quote) {
		if (quote instanceof RestaurantQuote.Priced priced) {
			return priced;
		}
		throw new IllegalStateException("the placement policy let a refused quote through: " + quote);
	}

}

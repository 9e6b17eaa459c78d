package dev.foodmesh.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import dev.foodmesh.order.application.IdempotencyRecords.IdempotencyRecord;
import dev.foodmesh.order.domain.Customer;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderDetails;
import dev.foodmesh.order.domain.OrderEvent;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.PlacementRejection;
import dev.foodmesh.order.domain.RestaurantQuote;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceOrderTest {

	private final ApplicationFixture app = new ApplicationFixture();

	private final OrderDetails details = OrderFixtures.margheritaForAlice();

	private final RestaurantQuote priced = new RestaurantQuote.Priced("Berlin", this.details.lines(),
			this.details.total());

	private final Users activeUser = (id) -> Mono.just(new Customer.Registered(id, true));

	private final Restaurants pricing = (restaurant, items) -> Mono.just(this.priced);

	@Test
	void shouldStoreTheOrderItsEventAndTheIdempotencyRecordTogether() {
		StepVerifier.create(this.app.placeOrder(this.activeUser, this.pricing).place(command("key-1", "hash-1")))
			.assertNext((result) -> assertThat(result).isInstanceOfSatisfying(PlacementResult.Placed.class,
					(placed) -> assertThat(placed.replayed()).isFalse()))
			.verifyComplete();

		assertThat(this.app.orders.stored.values()).singleElement()
			.satisfies((order) -> assertThat(order.status()).isEqualTo(OrderStatus.PAYMENT_PENDING));
		assertThat(this.app.outbox.events).singleElement().isInstanceOf(OrderEvent.Placed.class);
		assertThat(this.app.idempotency.stored).containsKey("key-1");
		assertThat(this.app.transactions.begun).hasValue(1);
	}

	@Test
	void shouldReplayTheOrderAsPlacedForTheSameKeyAndBody() {
		PlaceOrder placeOrder = this.app.placeOrder(this.activeUser, this.pricing);
		PlacementResult.Placed first = (PlacementResult.Placed) placeOrder.place(command("key-1", "hash-1")).block();

		StepVerifier.create(placeOrder.place(command("key-1", "hash-1")))
			.expectNext(new PlacementResult.Placed(first.order(), true))
			.verifyComplete();
		assertThat(this.app.orders.stored).hasSize(1);
	}

	@Test
	void shouldReplayTheOrderAsPlacedAfterItMovedOn() {
		PlaceOrder placeOrder = this.app.placeOrder(this.activeUser, this.pricing);
		PlacementResult.Placed first = (PlacementResult.Placed) placeOrder.place(command("key-1", "hash-1")).block();
		this.app.clock = Clock.offset(this.app.clock, Duration.ofMinutes(1));
		new CancelOrder(this.app.advanceOrder()).cancel(first.order().id()).block();
		assertThat(this.app.orders.stored.get(first.order().id()).status()).isEqualTo(OrderStatus.CANCELLED);

		StepVerifier.create(placeOrder.place(command("key-1", "hash-1")))
			.expectNext(new PlacementResult.Placed(first.order(), true))
			.verifyComplete();
	}

	@Test
	void shouldAnswerTheFirstPlacementToTheMicrosecondTheDatabaseKeeps() {
		this.app.clock = Clock.fixed(ApplicationFixture.NOW.plusNanos(1_234_567), ZoneOffset.UTC);

		StepVerifier.create(this.app.placeOrder(this.activeUser, this.pricing).place(command("key-1", "hash-1")))
			.assertNext((result) -> assertThat(((PlacementResult.Placed) result).order().createdAt())
				.isEqualTo(ApplicationFixture.NOW.plusNanos(1_234_000)))
			.verifyComplete();
	}

	@Test
	void shouldRefuseTheSameKeyWithAnotherBody() {
		PlaceOrder placeOrder = this.app.placeOrder(this.activeUser, this.pricing);
		placeOrder.place(command("key-1", "hash-1")).block();

		StepVerifier.create(placeOrder.place(command("key-1", "hash-2")))
			.expectNext(new PlacementResult.KeyReused("key-1"))
			.verifyComplete();
		assertThat(this.app.orders.stored).hasSize(1);
	}

	@Test
	void shouldReplayTheWinnerWhenAConcurrentRequestClaimedTheKeyFirst() {
		Order winner = Order.place(OrderId.random(), this.details, ApplicationFixture.NOW).next();
		Users racingUser = (id) -> Mono.fromSupplier(() -> {
			this.app.orders.stored.put(winner.id(), winner);
			this.app.idempotency.stored.put("key-1", new IdempotencyRecord("key-1", "hash-1", winner.id()));
			return new Customer.Registered(id, true);
		});

		StepVerifier.create(this.app.placeOrder(racingUser, this.pricing).place(command("key-1", "hash-1")))
			.expectNext(new PlacementResult.Placed(winner, true))
			.verifyComplete();
		assertThat(this.app.orders.stored).containsOnlyKeys(winner.id());
		assertThat(this.app.outbox.events).isEmpty();
	}

	@Test
	void shouldRefuseASuspendedUserAndStoreNothing() {
		Users suspended = (id) -> Mono.just(new Customer.Registered(id, false));

		StepVerifier.create(this.app.placeOrder(suspended, this.pricing).place(command("key-1", "hash-1")))
			.expectNext(new PlacementResult.Refused(PlacementRejection.of(PlacementRejection.Cause.USER_SUSPENDED)))
			.verifyComplete();
		assertThat(this.app.orders.stored).isEmpty();
		assertThat(this.app.idempotency.stored).isEmpty();
	}

	@Test
	void shouldFailAndStoreNothingWhenADependencyIsDown() {
		Restaurants down = (restaurant, items) -> Mono
			.error(new DependencyUnavailableException("restaurant-service", "timed out", new TimeoutException()));

		StepVerifier.create(this.app.placeOrder(this.activeUser, down).place(command("key-1", "hash-1")))
			.expectError(DependencyUnavailableException.class)
			.verify();
		assertThat(this.app.orders.stored).isEmpty();
		assertThat(this.app.idempotency.stored).isEmpty();
		assertThat(this.app.transactions.begun).hasValue(0);
	}

	@Test
	void shouldAskUserAndRestaurantAtTheSameTime() {
		Users slowUser = (id) -> Mono.delay(Duration.ofSeconds(1)).thenReturn(new Customer.Registered(id, true));
		Restaurants slowRestaurant = (restaurant, items) -> Mono.delay(Duration.ofSeconds(1)).thenReturn(this.priced);

		StepVerifier.withVirtualTime(() -> this.app.placeOrder(slowUser, slowRestaurant).place(command("k", "h")))
			.expectSubscription()
			.thenAwait(Duration.ofSeconds(1))
			.expectNextCount(1)
			.verifyComplete();
	}

	private PlaceOrderCommand command(String key, String hash) {
		return new PlaceOrderCommand(key, hash, this.details.userId(), this.details.restaurantId(),
				List.of(new Restaurants.Item(this.details.lines().getFirst().menuItemId(), 2)),
				this.details.deliveryAddress(), "tok_visa");
	}

}

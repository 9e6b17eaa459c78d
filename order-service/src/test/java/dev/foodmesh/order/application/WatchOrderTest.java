package dev.foodmesh.order.application;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.PaymentId;
import dev.foodmesh.order.domain.Trigger;

class WatchOrderTest {

	private final ApplicationFixture app = new ApplicationFixture();

	private final WatchOrder watchOrder = new WatchOrder(this.app.orders, this.app.orders, Duration.ofHours(1));

	@Test
	void shouldSendTheCurrentStatusThenEveryChangeAndCompleteWhenDelivered() {
		Order order = stored(OrderFixtures.anOrderIn(OrderStatus.PAID));
		AdvanceOrder advance = this.app.advanceOrder();

		StepVerifier.create(this.watchOrder.watch(order.id()).map(StatusUpdate::status))
			.expectNext(OrderStatus.PAID)
			.then(() -> advance.advance(order.id(), OrderFixtures.commandFor(Trigger.COURIER_ASSIGNED)).block())
			.expectNext(OrderStatus.DELIVERY_SCHEDULED)
			.then(() -> advance.advance(order.id(), new OrderCommand.Signal(Trigger.PICKED_UP)).block())
			.expectNext(OrderStatus.PICKED_UP)
			.then(() -> advance.advance(order.id(), new OrderCommand.Signal(Trigger.DELIVERED)).block())
			.expectNext(OrderStatus.DELIVERED)
			.verifyComplete();
	}

	@Test
	void shouldNotLoseChangesThatHappenedBetweenTwoReads() {
		Order order = stored(OrderFixtures.anOrderAwaitingPayment());
		Order cancelled = OrderFixtures.after(
				OrderFixtures.after(OrderFixtures.after(order, Trigger.PAYMENT_AUTHORIZED), Trigger.NO_COURIER),
				Trigger.PAYMENT_REFUNDED);

		StepVerifier.create(this.watchOrder.watch(order.id()).map(StatusUpdate::status))
			.expectNext(OrderStatus.PAYMENT_PENDING)
			.then(() -> this.app.orders.update(order, cancelled).block())
			.expectNext(OrderStatus.PAID, OrderStatus.CANCELLATION_PENDING, OrderStatus.CANCELLED)
			.verifyComplete();
	}

	@Test
	void shouldCompleteAtOnceForAnOrderAlreadyCancelled() {
		Order cancelled = stored(OrderFixtures.anOrderIn(OrderStatus.CANCELLED));

		StepVerifier.create(this.watchOrder.watch(cancelled.id()).map(StatusUpdate::reason))
			.expectNext("PAYMENT_DECLINED")
			.verifyComplete();
	}

	@Test
	void shouldSignalAnUnknownOrder() {
		StepVerifier.create(this.watchOrder.watch(OrderId.random())).expectError(UnknownOrderException.class).verify();
	}

	@Test
	void shouldReReadPeriodicallyWhenAWakeUpIsMissed() {
		Order order = stored(OrderFixtures.anOrderAwaitingPayment());
		Order paid = OrderFixtures
			.changed(order.handle(new OrderCommand.AuthorizePayment(new PaymentId(UUID.randomUUID())),
					OrderFixtures.nextMinute(order)))
			.next();
		WatchOrder resyncing = new WatchOrder(this.app.orders, this.app.orders, Duration.ofSeconds(5));

		StepVerifier.withVirtualTime(() -> resyncing.watch(order.id()).map(StatusUpdate::status).take(2))
			.expectNext(OrderStatus.PAYMENT_PENDING)
			.then(() -> this.app.orders.stored.put(order.id(), paid))
			.thenAwait(Duration.ofSeconds(5))
			.expectNext(OrderStatus.PAID)
			.verifyComplete();
	}

	private Order stored(Order order) {
		this.app.orders.stored.put(order.id(), order);
		return order;
	}

}

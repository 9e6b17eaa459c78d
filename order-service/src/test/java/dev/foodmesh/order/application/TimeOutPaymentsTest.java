package dev.foodmesh.order.application;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.order.domain.CancellationReason;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderEvent;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOutPaymentsTest {

	private final ApplicationFixture app = new ApplicationFixture();

	@Test
	void shouldCancelOnlyOrdersWaitingLongerThanTheTimeout() {
		Order overdue = placedAt(ApplicationFixture.NOW.minusSeconds(61));
		Order fresh = placedAt(ApplicationFixture.NOW.minusSeconds(30));
		Order paid = OrderFixtures.anOrderIn(OrderStatus.PAID);
		this.app.orders.stored.put(paid.id(), paid);

		StepVerifier.create(this.app.timeOutPayments(Duration.ofSeconds(60)).timeOutOverdue())
			.expectNext(1L)
			.verifyComplete();

		assertThat(this.app.orders.get(overdue.id()).cancellationReason())
			.isEqualTo(CancellationReason.PAYMENT_TIMEOUT);
		assertThat(this.app.orders.get(fresh.id()).status()).isEqualTo(OrderStatus.PAYMENT_PENDING);
		assertThat(this.app.outbox.events).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Cancelled.class,
					(event) -> assertThat(event.refundRequested()).isTrue());
	}

	private Order placedAt(java.time.Instant at) {
		Order order = Order.place(OrderId.random(), OrderFixtures.margheritaForAlice(), at).next();
		this.app.orders.stored.put(order.id(), order);
		return order;
	}

}

package dev.foodmesh.order.application;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.OrderEvent;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderId;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.PaymentId;
import dev.foodmesh.order.domain.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class AdvanceOrderTest {

	private final ApplicationFixture app = new ApplicationFixture();

	@Test
	void shouldStoreTheMoveItsEventAndItsMetrics() {
		Order order = stored(OrderFixtures.anOrderAwaitingPayment());

		StepVerifier.create(this.app.advanceOrder().advance(order.id(), authorize()))
			.assertNext((result) -> assertThat(result).isInstanceOfSatisfying(AdvanceResult.Applied.class,
					(applied) -> assertThat(applied.order().status()).isEqualTo(OrderStatus.PAID)))
			.verifyComplete();

		assertThat(this.app.orders.get(order.id()).status()).isEqualTo(OrderStatus.PAID);
		assertThat(this.app.outbox.events).singleElement().isInstanceOf(OrderEvent.Paid.class);
		assertThat(this.app.metrics.changed).hasSize(1);
	}

	@Test
	void shouldWriteNothingForAStepAlreadyTaken() {
		Order paid = stored(OrderFixtures.anOrderIn(OrderStatus.PAID));

		StepVerifier.create(this.app.advanceOrder().advance(paid.id(), authorize()))
			.expectNext(new AdvanceResult.Applied(paid))
			.verifyComplete();
		assertThat(this.app.outbox.events).isEmpty();
		assertThat(this.app.metrics.changed).isEmpty();
	}

	@Test
	void shouldAnswerRefusedAndWriteNothingForAnIllegalMove() {
		Order pending = stored(OrderFixtures.anOrderAwaitingPayment());

		StepVerifier.create(this.app.advanceOrder().advance(pending.id(), new OrderCommand.Signal(Trigger.DELIVERED)))
			.assertNext((result) -> assertThat(result).isInstanceOf(AdvanceResult.Refused.class))
			.verifyComplete();
		assertThat(this.app.orders.get(pending.id())).isEqualTo(pending);
	}

	@Test
	void shouldAnswerUnknownForAnOrderThatDoesNotExist() {
		OrderId missing = OrderId.random();

		StepVerifier.create(this.app.advanceOrder().advance(missing, authorize()))
			.expectNext(new AdvanceResult.Unknown(missing))
			.verifyComplete();
	}

	@Test
	void shouldLetTheCustomerCancelAPaidOrderPendingDeliverysConfirmation() {
		Order paid = stored(OrderFixtures.anOrderIn(OrderStatus.PAID));

		StepVerifier.create(new CancelOrder(this.app.advanceOrder()).cancel(paid.id()))
			.assertNext((result) -> assertThat(((AdvanceResult.Applied) result).order().status())
				.isEqualTo(OrderStatus.CANCELLATION_PENDING))
			.verifyComplete();
		assertThat(this.app.outbox.events).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Cancelled.class,
					(event) -> assertThat(event)
						.extracting(OrderEvent.Cancelled::refundRequested,
								OrderEvent.Cancelled::releaseConfirmationRequested)
						.containsExactly(false, true));
	}

	private Order stored(Order order) {
		this.app.orders.stored.put(order.id(), order);
		return order;
	}

	private static OrderCommand authorize() {
		return new OrderCommand.AuthorizePayment(new PaymentId(UUID.randomUUID()));
	}

}

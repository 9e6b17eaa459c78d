package dev.foodmesh.order.domain;

import org.junit.jupiter.api.Test;

import dev.foodmesh.order.domain.OrderResult.Changed;

import static dev.foodmesh.order.domain.OrderFixtures.after;
import static dev.foodmesh.order.domain.OrderFixtures.anOrderIn;
import static dev.foodmesh.order.domain.OrderFixtures.changed;
import static dev.foodmesh.order.domain.OrderFixtures.nextMinute;
import static org.assertj.core.api.Assertions.assertThat;

class OrderCancellationTest {

	private static final OrderCommand CANCEL = new OrderCommand.Signal(Trigger.CUSTOMER_CANCELLED);

	@Test
	void shouldCancelAnUnpaidOrderAtOnceAndStillAskForARefund() {
		Order order = anOrderIn(OrderStatus.PAYMENT_PENDING);

		Changed cancelled = changed(order.handle(CANCEL, nextMinute(order)));

		assertThat(cancelled.next().status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.next().cancellationReason()).isEqualTo(CancellationReason.CUSTOMER_CANCELLED);
		assertThat(cancelled.events()).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Cancelled.class, (event) -> assertThat(event.refundRequested()).isTrue());
	}

	@Test
	void shouldAwaitTheRefundWhenCancellingAPaidOrder() {
		Order order = anOrderIn(OrderStatus.DELIVERY_SCHEDULED);

		Order pending = changed(order.handle(CANCEL, nextMinute(order))).next();
		Order cancelled = after(pending, Trigger.PAYMENT_REFUNDED);

		assertThat(pending.status()).isEqualTo(OrderStatus.CANCELLATION_PENDING);
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.CUSTOMER_CANCELLED);
		assertThat(cancelled.isRefunded()).isTrue();
	}

	@Test
	void shouldRejectCancellationWhenOrderIsPickedUp() {
		Order order = anOrderIn(OrderStatus.PICKED_UP);

		assertThat(order.handle(CANCEL, nextMinute(order))).isEqualTo(new OrderResult.Rejected(
				new OrderRejection(order.id(), OrderStatus.PICKED_UP, Trigger.CUSTOMER_CANCELLED)));
	}

	@Test
	void shouldCancelWithARefundWhenNoCourierIsFound() {
		Order order = anOrderIn(OrderStatus.PAID);

		Changed failed = changed(order.handle(new OrderCommand.Signal(Trigger.NO_COURIER), nextMinute(order)));
		Order cancelled = after(failed.next(), Trigger.PAYMENT_REFUNDED);

		assertThat(failed.next().status()).isEqualTo(OrderStatus.CANCELLATION_PENDING);
		assertThat(failed.events()).containsExactly(new OrderEvent.Cancelled(failed.next(), nextMinute(order),
				CancellationReason.NO_COURIER, true));
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.history().getLast().reason()).isEqualTo("NO_COURIER");
	}

	@Test
	void shouldTreatASecondCancelAsAlreadyDone() {
		Order pending = after(anOrderIn(OrderStatus.PAID), Trigger.CUSTOMER_CANCELLED);

		assertThat(after(pending, Trigger.CUSTOMER_CANCELLED)).isEqualTo(pending);
	}

}

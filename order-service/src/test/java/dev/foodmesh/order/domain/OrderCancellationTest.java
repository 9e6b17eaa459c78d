package dev.foodmesh.order.domain;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import dev.foodmesh.order.domain.OrderResult.Changed;

import static dev.foodmesh.order.domain.OrderFixtures.after;
import static dev.foodmesh.order.domain.OrderFixtures.anOrderIn;
import static dev.foodmesh.order.domain.OrderFixtures.changed;
import static dev.foodmesh.order.domain.OrderFixtures.nextMinute;
import static org.assertj.core.api.Assertions.assertThat;

class OrderCancellationTest {

	private static final OrderCommand CANCEL = new OrderCommand.Signal(Trigger.CUSTOMER_CANCELLED);

	private static final OrderCommand RELEASED = new OrderCommand.Signal(Trigger.DELIVERY_RELEASED);

	@Test
	void shouldCancelAnUnpaidOrderAtOnceAndStillAskForARefund() {
		Order order = anOrderIn(OrderStatus.PAYMENT_PENDING);

		Changed cancelled = changed(order.handle(CANCEL, nextMinute(order)));

		assertThat(cancelled.next().status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.next().cancellationReason()).isEqualTo(CancellationReason.CUSTOMER_CANCELLED);
		assertThat(cancelled.events()).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Cancelled.class,
					(event) -> assertThat(event.refundRequested()).isTrue());
	}

	@ParameterizedTest(name = "a cancel in {0} asks delivery first")
	@EnumSource(value = OrderStatus.class, names = { "PAID", "DELIVERY_SCHEDULED" })
	void shouldAskDeliveryToConfirmTheReleaseBeforeAnyRefund(OrderStatus status) {
		Order order = anOrderIn(status);

		Changed pending = changed(order.handle(CANCEL, nextMinute(order)));

		assertThat(pending.next().status()).isEqualTo(OrderStatus.CANCELLATION_PENDING);
		assertThat(pending.next().awaitsRelease()).isTrue();
		assertThat(pending.events()).containsExactly(new OrderEvent.Cancelled(pending.next(), nextMinute(order),
				CancellationReason.CUSTOMER_CANCELLED, false, true));
	}

	@Test
	void shouldRequestTheRefundOnceDeliveryReleasedTheCourier() {
		Order pending = after(anOrderIn(OrderStatus.DELIVERY_SCHEDULED), Trigger.CUSTOMER_CANCELLED);

		Changed released = changed(pending.handle(RELEASED, nextMinute(pending)));
		Order cancelled = after(released.next(), Trigger.PAYMENT_REFUNDED);

		assertThat(released.next().status()).isEqualTo(OrderStatus.CANCELLATION_PENDING);
		assertThat(released.next().awaitsRelease()).isFalse();
		assertThat(released.next().history().getLast().reason()).isEqualTo("DELIVERY_RELEASED");
		assertThat(released.events()).containsExactly(new OrderEvent.Cancelled(released.next(), nextMinute(pending),
				CancellationReason.CUSTOMER_CANCELLED, true, false));
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.cancellationReason()).isEqualTo(CancellationReason.CUSTOMER_CANCELLED);
		assertThat(cancelled.isRefunded()).isTrue();
	}

	@Test
	void shouldRequestTheRefundOnlyOnceWhenTheReleaseIsConfirmedTwice() {
		Order released = after(after(anOrderIn(OrderStatus.PAID), Trigger.CUSTOMER_CANCELLED),
				Trigger.DELIVERY_RELEASED);

		assertThat(released.handle(RELEASED, nextMinute(released))).isEqualTo(new Changed(released, List.of()));
		Order cancelled = after(released, Trigger.PAYMENT_REFUNDED);
		assertThat(cancelled.handle(RELEASED, nextMinute(cancelled))).isEqualTo(new Changed(cancelled, List.of()));
	}

	@ParameterizedTest(name = "{0} resumes the order at {1}")
	@CsvSource({ "CANCEL_REFUSED_PICKED_UP, PICKED_UP", "CANCEL_REFUSED_DELIVERED, DELIVERED" })
	void shouldKeepTheChargeAndResumeWhenDeliveryRefusesTheRelease(Trigger refusal, OrderStatus resumed) {
		Order pending = after(anOrderIn(OrderStatus.DELIVERY_SCHEDULED), Trigger.CUSTOMER_CANCELLED);

		Changed refused = changed(pending.handle(new OrderCommand.Signal(refusal), nextMinute(pending)));

		assertThat(refused.next().status()).isEqualTo(resumed);
		assertThat(refused.next().cancellationReason()).isNull();
		assertThat(refused.next().history().getLast())
			.isEqualTo(new HistoryEntry(resumed, refusal.name(), nextMinute(pending)));
		assertThat(refused.events()).isEmpty();
		assertThat(after(refused.next(), refusal)).isEqualTo(refused.next());
	}

	@Test
	void shouldIgnorePickupNewsWhileTheAnswerIsAwaitedAndFollowTheAnswer() {
		Order pending = after(anOrderIn(OrderStatus.DELIVERY_SCHEDULED), Trigger.CUSTOMER_CANCELLED);

		Order afterNews = after(after(pending, Trigger.PICKED_UP), Trigger.DELIVERED);
		Order refused = after(afterNews, Trigger.CANCEL_REFUSED_DELIVERED);

		assertThat(afterNews).isEqualTo(pending);
		assertThat(refused.status()).isEqualTo(OrderStatus.DELIVERED);
	}

	@Test
	void shouldRejectARefusalThatContradictsAConfirmedRelease() {
		Order released = after(after(anOrderIn(OrderStatus.PAID), Trigger.CUSTOMER_CANCELLED),
				Trigger.DELIVERY_RELEASED);
		OrderCommand refusal = new OrderCommand.Signal(Trigger.CANCEL_REFUSED_PICKED_UP);

		assertThat(released.handle(refusal, nextMinute(released))).isEqualTo(new OrderResult.Rejected(
				new OrderRejection(released.id(), OrderStatus.CANCELLATION_PENDING, Trigger.CANCEL_REFUSED_PICKED_UP)));
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
		assertThat(failed.events()).containsExactly(
				new OrderEvent.Cancelled(failed.next(), nextMinute(order), CancellationReason.NO_COURIER, true, false));
		assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(cancelled.history().getLast().reason()).isEqualTo("NO_COURIER");
	}

	@Test
	void shouldTreatASecondCancelAsAlreadyDone() {
		Order pending = after(anOrderIn(OrderStatus.PAID), Trigger.CUSTOMER_CANCELLED);

		assertThat(after(pending, Trigger.CUSTOMER_CANCELLED)).isEqualTo(pending);
	}

	@Test
	void shouldCancelAPaidOrderThatNeverGotACourierOnlyThroughDeliverysConfirmation() {
		Order paid = anOrderIn(OrderStatus.PAID);

		Changed overdue = changed(paid.handle(new OrderCommand.Signal(Trigger.DELIVERY_OVERDUE), nextMinute(paid)));

		assertThat(overdue.next().status()).isEqualTo(OrderStatus.CANCELLATION_PENDING);
		assertThat(overdue.events()).containsExactly(new OrderEvent.Cancelled(overdue.next(), nextMinute(paid),
				CancellationReason.DELIVERY_OVERDUE, false, true));
	}

	@Test
	void shouldAskForTheReleaseAgainOnlyWhileItIsUnanswered() {
		Order pending = after(anOrderIn(OrderStatus.DELIVERY_SCHEDULED), Trigger.CUSTOMER_CANCELLED);
		OrderCommand overdue = new OrderCommand.Signal(Trigger.RELEASE_OVERDUE);

		Changed again = changed(pending.handle(overdue, nextMinute(pending)));
		Order released = after(again.next(), Trigger.DELIVERY_RELEASED);

		assertThat(again.next().history().getLast())
			.isEqualTo(new HistoryEntry(OrderStatus.CANCELLATION_PENDING, "RELEASE_OVERDUE", nextMinute(pending)));
		assertThat(again.events()).containsExactly(new OrderEvent.Cancelled(again.next(), nextMinute(pending),
				CancellationReason.CUSTOMER_CANCELLED, false, true));
		assertThat(released.handle(overdue, nextMinute(released))).isEqualTo(new Changed(released, List.of()));
	}

}

package dev.foodmesh.order.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The saga's rows that change an order, each with its consequence, written down a second
 * time from the brief and the team's saga semantics (docs/domain.md); then the rows that
 * settle a cancellation, ignore and refuse.
 */
class OrderTransitionsTest {

	@ParameterizedTest(name = "{0} on {1} moves to {2}, publishing nothing")
	@CsvSource(textBlock = """
			PAID,                 COURIER_ASSIGNED,   DELIVERY_SCHEDULED
			DELIVERY_SCHEDULED,   PICKED_UP,          PICKED_UP
			PICKED_UP,            DELIVERED,          DELIVERED
			CANCELLATION_PENDING, PAYMENT_REFUNDED,   CANCELLED
			""")
	void shouldMoveAsTheSagaSays(OrderStatus from, Trigger trigger, OrderStatus to) {
		assertThat(OrderTransitions.of(from, trigger)).isEqualTo(new Transition.Move(to));
	}

	@Test
	void shouldMarkAnOrderPaidWhenItsPaymentIsAuthorised() {
		assertThat(OrderTransitions.of(OrderStatus.PAYMENT_PENDING, Trigger.PAYMENT_AUTHORIZED))
			.isEqualTo(new Transition.MarkPaid());
	}

	@ParameterizedTest(name = "{0} on {1} is cancelled to {2} for {3}, refund requested: {4}")
	@CsvSource(textBlock = """
			PAYMENT_PENDING, PAYMENT_DECLINED,   CANCELLED,            PAYMENT_DECLINED,   false
			PAYMENT_PENDING, PAYMENT_TIMED_OUT,  CANCELLED,            PAYMENT_TIMEOUT,    true
			PAYMENT_PENDING, CUSTOMER_CANCELLED, CANCELLED,            CUSTOMER_CANCELLED, true
			PAID,            NO_COURIER,         CANCELLATION_PENDING, NO_COURIER,         true
			""")
	void shouldCancelWithTheReasonAndRefundOfItsRow(OrderStatus from, Trigger trigger, OrderStatus to,
			CancellationReason reason, boolean refundRequested) {
		assertThat(OrderTransitions.of(from, trigger)).isEqualTo(new Transition.Cancel(to, reason, refundRequested));
	}

	@ParameterizedTest(name = "{0} on {1} asks delivery to confirm the release, for {2}")
	@CsvSource(textBlock = """
			PAID,               CUSTOMER_CANCELLED, CUSTOMER_CANCELLED
			DELIVERY_SCHEDULED, CUSTOMER_CANCELLED, CUSTOMER_CANCELLED
			PAID,               DELIVERY_OVERDUE,   DELIVERY_OVERDUE
			""")
	void shouldAskDeliveryToConfirmTheReleaseBeforeRefundingAPaidOrder(OrderStatus from, Trigger trigger,
			CancellationReason reason) {
		assertThat(OrderTransitions.of(from, trigger)).isEqualTo(new Transition.AskRelease(reason));
	}

	@Test
	void shouldHaveNoOtherRowThatChangesTheStatus() {
		Map<String, Long> rows = Arrays.stream(OrderStatus.values())
			.flatMap((from) -> Arrays.stream(Trigger.values()).map((trigger) -> OrderTransitions.of(from, trigger)))
			.filter((then) -> then instanceof Transition.Move || then instanceof Transition.MarkPaid
					|| then instanceof Transition.Cancel || then instanceof Transition.AskRelease)
			.collect(Collectors.groupingBy((then) -> then.getClass().getSimpleName(), Collectors.counting()));

		assertThat(rows).containsOnly(Map.entry("Move", 4L), Map.entry("MarkPaid", 1L), Map.entry("Cancel", 4L),
				Map.entry("AskRelease", 3L));
	}

	@Test
	void shouldSettleAPendingCancellationAsDeliveryAnswers() {
		assertThat(OrderTransitions.of(OrderStatus.CANCELLATION_PENDING, Trigger.DELIVERY_RELEASED))
			.isEqualTo(new Transition.RequestRefund());
		assertThat(OrderTransitions.of(OrderStatus.CANCELLATION_PENDING, Trigger.CANCEL_REFUSED_PICKED_UP))
			.isEqualTo(new Transition.Resume(OrderStatus.PICKED_UP));
		assertThat(OrderTransitions.of(OrderStatus.CANCELLATION_PENDING, Trigger.CANCEL_REFUSED_DELIVERED))
			.isEqualTo(new Transition.Resume(OrderStatus.DELIVERED));
		assertThat(OrderTransitions.of(OrderStatus.CANCELLATION_PENDING, Trigger.RELEASE_OVERDUE))
			.isEqualTo(new Transition.AskReleaseAgain());
	}

	@Test
	void shouldRecordARefundThatArrivesAfterTheCancellation() {
		assertThat(OrderTransitions.of(OrderStatus.CANCELLED, Trigger.PAYMENT_REFUNDED))
			.isEqualTo(new Transition.RecordRefund());
	}

	@ParameterizedTest(name = "{0} ignores a repeated or late answer {1}")
	@CsvSource(textBlock = """
			PICKED_UP, CANCEL_REFUSED_PICKED_UP
			PICKED_UP, CANCEL_REFUSED_DELIVERED
			DELIVERED, CANCEL_REFUSED_PICKED_UP
			DELIVERED, CANCEL_REFUSED_DELIVERED
			CANCELLED, DELIVERY_RELEASED
			CANCELLED, CANCEL_REFUSED_PICKED_UP
			""")
	void shouldIgnoreDeliveryAnswersOnceSettled(OrderStatus from, Trigger answer) {
		assertThat(OrderTransitions.of(from, answer)).isInstanceOf(Transition.Ignore.class);
	}

	@Test
	void shouldRefuseCustomerCancellationOncePickedUp() {
		assertThat(OrderTransitions.of(OrderStatus.PICKED_UP, Trigger.CUSTOMER_CANCELLED))
			.isInstanceOf(Transition.Refuse.class);
		assertThat(OrderTransitions.of(OrderStatus.DELIVERED, Trigger.CUSTOMER_CANCELLED))
			.isInstanceOf(Transition.Refuse.class);
	}

}

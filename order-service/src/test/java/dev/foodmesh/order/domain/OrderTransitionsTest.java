package dev.foodmesh.order.domain;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The saga's moves, written down a second time from the brief and the team's saga semantics. */
class OrderTransitionsTest {

	@ParameterizedTest(name = "{0} on {1} moves to {2}")
	@CsvSource(textBlock = """
			PAYMENT_PENDING,      PAYMENT_AUTHORIZED, PAID
			PAYMENT_PENDING,      PAYMENT_DECLINED,   CANCELLED
			PAYMENT_PENDING,      PAYMENT_TIMED_OUT,  CANCELLED
			PAYMENT_PENDING,      CUSTOMER_CANCELLED, CANCELLED
			PAID,                 COURIER_ASSIGNED,   DELIVERY_SCHEDULED
			PAID,                 NO_COURIER,         CANCELLATION_PENDING
			DELIVERY_SCHEDULED,   PICKED_UP,          PICKED_UP
			PICKED_UP,            DELIVERED,          DELIVERED
			CANCELLATION_PENDING, PAYMENT_REFUNDED,   CANCELLED
			""")
	void shouldMoveAsTheSagaSays(OrderStatus from, Trigger trigger, OrderStatus to) {
		assertThat(OrderTransitions.of(from, trigger)).isEqualTo(new Transition.Move(to));
	}

	@Test
	void shouldHaveNoOtherMoves() {
		long moves = Arrays.stream(OrderStatus.values())
			.flatMap((from) -> Arrays.stream(Trigger.values()).map((trigger) -> OrderTransitions.of(from, trigger)))
			.filter(Transition.Move.class::isInstance)
			.count();

		assertThat(moves).isEqualTo(9);
	}

	@ParameterizedTest(name = "a customer cancel in {0} asks delivery to confirm the release")
	@CsvSource({ "PAID", "DELIVERY_SCHEDULED" })
	void shouldAskDeliveryToConfirmTheReleaseBeforeRefundingAPaidOrder(OrderStatus from) {
		assertThat(OrderTransitions.of(from, Trigger.CUSTOMER_CANCELLED)).isEqualTo(new Transition.AskRelease());
	}

	@Test
	void shouldSettleAPendingCancellationAsDeliveryAnswers() {
		assertThat(OrderTransitions.of(OrderStatus.CANCELLATION_PENDING, Trigger.DELIVERY_RELEASED))
			.isEqualTo(new Transition.RequestRefund());
		assertThat(OrderTransitions.of(OrderStatus.CANCELLATION_PENDING, Trigger.CANCEL_REFUSED_PICKED_UP))
			.isEqualTo(new Transition.Resume(OrderStatus.PICKED_UP));
		assertThat(OrderTransitions.of(OrderStatus.CANCELLATION_PENDING, Trigger.CANCEL_REFUSED_DELIVERED))
			.isEqualTo(new Transition.Resume(OrderStatus.DELIVERED));
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

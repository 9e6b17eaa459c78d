package dev.foodmesh.order.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.foodmesh.order.domain.OrderResult.Changed;

import static dev.foodmesh.order.domain.OrderFixtures.after;
import static dev.foodmesh.order.domain.OrderFixtures.anOrderAwaitingPayment;
import static dev.foodmesh.order.domain.OrderFixtures.anOrderIn;
import static dev.foodmesh.order.domain.OrderFixtures.changed;
import static dev.foodmesh.order.domain.OrderFixtures.nextMinute;
import static org.assertj.core.api.Assertions.assertThat;

class OrderPaymentTest {

	@Test
	void shouldBecomePaidAndKeepThePaymentWhenAuthorised() {
		Order order = anOrderAwaitingPayment();
		PaymentId payment = new PaymentId(UUID.randomUUID());

		Changed paid = changed(order.handle(new OrderCommand.AuthorizePayment(payment), nextMinute(order)));

		assertThat(paid.next().status()).isEqualTo(OrderStatus.PAID);
		assertThat(paid.next().paymentId()).isEqualTo(payment);
		assertThat(paid.events()).containsExactly(new OrderEvent.Paid(paid.next(), nextMinute(order)));
	}

	@Test
	void shouldBeCancelledWithoutRefundWhenDeclined() {
		Order order = anOrderAwaitingPayment();

		Changed declined = changed(order.handle(new OrderCommand.Signal(Trigger.PAYMENT_DECLINED), nextMinute(order)));

		assertThat(declined.next().status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(declined.next().cancellationReason()).isEqualTo(CancellationReason.PAYMENT_DECLINED);
		assertThat(declined.next().history().getLast().reason()).isEqualTo("PAYMENT_DECLINED");
		assertThat(declined.events()).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Cancelled.class,
					(event) -> assertThat(event.refundRequested()).isFalse());
	}

	@Test
	void shouldBeCancelledWithARefundRequestWhenPaymentTimesOut() {
		Order order = anOrderAwaitingPayment();

		Changed timedOut = changed(order.handle(new OrderCommand.Signal(Trigger.PAYMENT_TIMED_OUT), nextMinute(order)));

		assertThat(timedOut.next().cancellationReason()).isEqualTo(CancellationReason.PAYMENT_TIMEOUT);
		assertThat(timedOut.events()).singleElement()
			.isInstanceOfSatisfying(OrderEvent.Cancelled.class,
					(event) -> assertThat(event.refundRequested()).isTrue());
	}

	@Test
	void shouldIgnoreALateAuthorisationAfterATimeout() {
		Order timedOut = after(anOrderAwaitingPayment(), Trigger.PAYMENT_TIMED_OUT);

		OrderResult late = timedOut.handle(new OrderCommand.AuthorizePayment(new PaymentId(UUID.randomUUID())),
				nextMinute(timedOut));

		assertThat(late).isEqualTo(new Changed(timedOut, List.of()));
	}

	@Test
	void shouldRecordTheRefundOfALateAuthorisationInTheHistoryOnce() {
		Order timedOut = after(anOrderAwaitingPayment(), Trigger.PAYMENT_TIMED_OUT);

		Order refunded = after(timedOut, Trigger.PAYMENT_REFUNDED);

		assertThat(refunded.status()).isEqualTo(OrderStatus.CANCELLED);
		assertThat(refunded.history().getLast().reason()).isEqualTo(HistoryEntry.PAYMENT_REFUNDED);
		assertThat(refunded.isRefunded()).isTrue();
		assertThat(after(refunded, Trigger.PAYMENT_REFUNDED)).isEqualTo(refunded);
	}

	@Test
	void shouldRejectADeclineOfAPaidOrder() {
		Order paid = anOrderIn(OrderStatus.PAID);

		assertThat(paid.handle(new OrderCommand.Signal(Trigger.PAYMENT_DECLINED), nextMinute(paid)))
			.isInstanceOf(OrderResult.Rejected.class);
	}

}

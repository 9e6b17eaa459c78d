package dev.foodmesh.payment.application;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentRejection;
import dev.foodmesh.payment.domain.PaymentStatus;

import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class ReleasePaymentTest {

	private final PaymentsTestbed testbed = new PaymentsTestbed();

	private final OrderId order = anOrder();

	@Test
	void shouldReserveTheRefundOfAnAuthorizedPaymentAndRefundItWithTheOrdersKeyAfterTheCommit() {
		testbed.authorized(order, "tok_visa");

		StepVerifier.create(testbed.releasePayment.release(new ReleasePaymentCommand(order, true)))
			.assertNext(result -> assertThat(result).isInstanceOfSatisfying(ReleasePaymentResult.RefundReserved.class,
					reserved -> assertThat(reserved.payment().status()).isEqualTo(PaymentStatus.REFUNDING)))
			.verifyComplete();
		assertThat(testbed.gateway.refunds()).isEmpty();
		assertThat(testbed.published).isEmpty();

		testbed.settle();

		assertThat(testbed.paymentOf(order).status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(testbed.gateway.refunds()).containsExactly(IdempotencyKey.refund(order));
		assertThat(testbed.published).singleElement().isInstanceOf(PaymentEvent.Refunded.class);
	}

	@Test
	void shouldRefundOnlyOnceWhenTheCancellationIsRepeated() {
		testbed.authorized(order, "tok_visa");
		testbed.releasePayment.release(new ReleasePaymentCommand(order, true)).block();

		StepVerifier.create(testbed.releasePayment.release(new ReleasePaymentCommand(order, true)))
			.assertNext(result -> assertThat(result).isInstanceOf(ReleasePaymentResult.AlreadyRefunded.class))
			.verifyComplete();
		testbed.settle();

		assertThat(testbed.gateway.refunds()).hasSize(1);
		assertThat(testbed.published).hasSize(1);
	}

	@Test
	void shouldRefuseToRefundADeclinedPayment() {
		testbed.authorized(order, "tok_declined");

		StepVerifier.create(testbed.releasePayment.release(new ReleasePaymentCommand(order, true)))
			.assertNext(result -> assertThat(result).isInstanceOfSatisfying(ReleasePaymentResult.Rejected.class,
					rejected -> assertThat(rejected.reason()).isEqualTo(PaymentRejection.PAYMENT_DECLINED)))
			.verifyComplete();

		assertThat(testbed.submitted).isEmpty();
		assertThat(testbed.published).isEmpty();
	}

	@Test
	void shouldLeaveTheAuthorizationWhenNoRefundIsRequested() {
		testbed.authorized(order, "tok_visa");

		StepVerifier.create(testbed.releasePayment.release(new ReleasePaymentCommand(order, false)))
			.assertNext(result -> assertThat(result).isInstanceOf(ReleasePaymentResult.RefundNotRequested.class))
			.verifyComplete();

		assertThat(testbed.payments.all()).singleElement()
			.satisfies(payment -> assertThat(payment.status()).isEqualTo(PaymentStatus.AUTHORIZED));
		assertThat(testbed.published).isEmpty();
	}

	@Test
	void shouldRememberACancellationThatFindsNoPayment() {
		StepVerifier.create(testbed.releasePayment.release(new ReleasePaymentCommand(order, true)))
			.expectNext(new ReleasePaymentResult.NoPayment(order))
			.verifyComplete();

		StepVerifier.create(testbed.cancelledOrders.contains(order)).expectNext(true).verifyComplete();
		assertThat(testbed.published).isEmpty();
	}

	@Test
	void shouldKeepTheRefundReservedWhenThePspGivesNoAnswer() {
		testbed.authorized(order, "tok_visa");
		testbed.releasePayment.release(new ReleasePaymentCommand(order, true)).block();
		Payment reserved = testbed.submitted.peek();
		testbed.gateway.leaveUnanswered(1);

		StepVerifier.create(testbed.settlePayment.settle(reserved)).verifyError(PspUnavailableException.class);

		assertThat(testbed.paymentOf(order).status()).isEqualTo(PaymentStatus.REFUNDING);
		assertThat(testbed.published).isEmpty();
	}

}

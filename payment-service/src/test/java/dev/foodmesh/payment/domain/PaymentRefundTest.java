package dev.foodmesh.payment.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.foodmesh.payment.domain.PaymentFixtures.LATER;
import static dev.foodmesh.payment.domain.PaymentFixtures.aDeclinedPayment;
import static dev.foodmesh.payment.domain.PaymentFixtures.aRefundedPayment;
import static dev.foodmesh.payment.domain.PaymentFixtures.anAuthorizedPayment;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentRefundTest {

	@Test
	void shouldReserveTheRefundOfAnAuthorizedPaymentAndAnnounceItOnlyWhenComplete() {
		Payment.Authorized payment = anAuthorizedPayment();

		PaymentChange change = payment.refund(LATER);

		Payment.Refunding refunding = new Payment.Refunding(payment.details(), LATER);
		assertThat(change).isEqualTo(new PaymentChange.Reserved(refunding));
		assertThat(refunding.complete(LATER.plusSeconds(1)))
			.isEqualTo(new PaymentChange.Changed(new Payment.Refunded(payment.details(), LATER.plusSeconds(1)),
					List.of(new PaymentEvent.Refunded(payment.id(), payment.orderId(), payment.details().amount(),
							LATER.plusSeconds(1)))));
	}

	@Test
	void shouldChangeNothingWhenRefundingAPaymentWhoseRefundIsReserved() {
		Payment.Refunding payment = new Payment.Refunding(anAuthorizedPayment().details(), LATER);

		assertThat(payment.refund(LATER.plusSeconds(60))).isEqualTo(new PaymentChange.Changed(payment, List.of()));
	}

	@Test
	void shouldRejectRefundingAPaymentThePspHasNotAuthorizedYet() {
		Payment.Pending payment = Payment.reserve(anAuthorizedPayment().details());

		assertThat(payment.refund(LATER)).isEqualTo(new PaymentChange.Rejected(PaymentRejection.AUTHORIZATION_PENDING));
	}

	@Test
	void shouldChangeNothingWhenRefundingARefundedPaymentAgain() {
		Payment.Refunded payment = aRefundedPayment();

		PaymentChange change = payment.refund(LATER.plusSeconds(60));

		assertThat(change).isInstanceOfSatisfying(PaymentChange.Changed.class, changed -> {
			assertThat(changed.next()).isEqualTo(payment);
			assertThat(changed.isNoOp()).isTrue();
		});
	}

	@Test
	void shouldRejectRefundingADeclinedPayment() {
		PaymentChange change = aDeclinedPayment().refund(LATER);

		assertThat(change).isEqualTo(new PaymentChange.Rejected(PaymentRejection.PAYMENT_DECLINED));
	}

	@Test
	void shouldReportTheRefundTimeAsTheLastUpdate() {
		Payment.Refunded payment = aRefundedPayment();

		assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
		assertThat(payment.updatedAt()).isEqualTo(LATER);
	}

}

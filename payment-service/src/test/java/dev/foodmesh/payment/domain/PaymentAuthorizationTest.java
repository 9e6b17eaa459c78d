package dev.foodmesh.payment.domain;

import org.junit.jupiter.api.Test;

import static dev.foodmesh.payment.domain.PaymentFixtures.CREATED_AT;
import static dev.foodmesh.payment.domain.PaymentFixtures.TOTAL;
import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static dev.foodmesh.payment.domain.PaymentFixtures.detailsFor;
import static org.assertj.core.api.Assertions.assertThat;

class PaymentAuthorizationTest {

	@Test
	void shouldOpenAnAuthorizedPaymentAndAnnounceItWhenThePspApproves() {
		PaymentDetails details = detailsFor(anOrder());

		PaymentChange.Changed opened = Payment.open(details, new PspDecision.Approved());

		assertThat(opened.next()).isEqualTo(new Payment.Authorized(details));
		assertThat(opened.next().status()).isEqualTo(PaymentStatus.AUTHORIZED);
		assertThat(opened.next().updatedAt()).isEqualTo(CREATED_AT);
		assertThat(opened.events())
			.containsExactly(new PaymentEvent.Authorized(details.id(), details.orderId(), TOTAL, CREATED_AT));
	}

	@Test
	void shouldOpenADeclinedPaymentWithThePspReasonWhenThePspDeclines() {
		PaymentDetails details = detailsFor(anOrder());

		PaymentChange.Changed opened = Payment.open(details,
				new PspDecision.Declined(DeclineReason.INSUFFICIENT_FUNDS));

		assertThat(opened.next()).isEqualTo(new Payment.Declined(details, DeclineReason.INSUFFICIENT_FUNDS));
		assertThat(opened.next().status()).isEqualTo(PaymentStatus.DECLINED);
		assertThat(opened.events()).containsExactly(new PaymentEvent.Declined(details.id(), details.orderId(),
				DeclineReason.INSUFFICIENT_FUNDS, CREATED_AT));
	}

}

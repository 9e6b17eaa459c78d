package dev.foodmesh.payment.application;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.Money;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentStatus;

import static dev.foodmesh.payment.application.PaymentsTestbed.charge;
import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class AuthorizePaymentTest {

	private final PaymentsTestbed testbed = new PaymentsTestbed();

	@Test
	void shouldOnlyReserveTheAuthorizationAndLeaveThePspCallForAfterTheCommit() {
		OrderId order = anOrder();

		StepVerifier.create(testbed.authorizePayment.authorize(charge(order, new Money(4599, "EUR"))))
			.assertNext(result -> assertThat(result).isInstanceOfSatisfying(AuthorizePaymentResult.Reserved.class,
					reserved -> assertThat(reserved.payment().status()).isEqualTo(PaymentStatus.PENDING)))
			.verifyComplete();

		assertThat(testbed.gateway.authorizations()).isEmpty();
		assertThat(testbed.published).isEmpty();
		assertThat(testbed.submitted).singleElement()
			.satisfies(reserved -> assertThat(reserved.details().amount()).isEqualTo(new Money(4599, "EUR")));
	}

	@Test
	void shouldAuthorizeTheOrderTotalWithTheOrdersKeyAndAnnounceItWhenThePspApproves() {
		OrderId order = anOrder();
		testbed.authorizePayment.authorize(charge(order, new Money(4599, "EUR"))).block();

		assertThat(testbed.settle()).singleElement()
			.satisfies(settled -> assertThat(settled.status()).isEqualTo(PaymentStatus.AUTHORIZED));

		assertThat(testbed.gateway.authorizations()).containsExactly(IdempotencyKey.authorization(order));
		assertThat(testbed.paymentOf(order).status()).isEqualTo(PaymentStatus.AUTHORIZED);
		assertThat(testbed.published).singleElement().isInstanceOf(PaymentEvent.Authorized.class);
	}

	@Test
	void shouldStoreTheDeclineWithItsReasonAndAnnounceIt() {
		OrderId order = anOrder();
		testbed.authorizePayment.authorize(charge(order, "tok_insufficient_funds")).block();

		testbed.settle();

		assertThat(testbed.paymentOf(order)).isInstanceOfSatisfying(Payment.Declined.class,
				declined -> assertThat(declined.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS));
		assertThat(testbed.published).singleElement()
			.isInstanceOfSatisfying(PaymentEvent.Declined.class,
					declined -> assertThat(declined.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS));
	}

	@Test
	void shouldNotChargeAnOrderTwiceWhenAskedAgain() {
		OrderId order = anOrder();
		testbed.authorized(order, "tok_visa");

		StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
			.assertNext(result -> assertThat(result).isInstanceOf(AuthorizePaymentResult.AlreadyProcessed.class))
			.verifyComplete();

		assertThat(testbed.submitted).isEmpty();
		assertThat(testbed.gateway.authorizations()).hasSize(1);
		assertThat(testbed.payments.all()).hasSize(1);
		assertThat(testbed.published).isEmpty();
	}

	@Test
	void shouldNotReserveAgainWhileTheFirstReservationIsUnsettled() {
		OrderId order = anOrder();
		testbed.authorizePayment.authorize(charge(order, "tok_visa")).block();

		StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
			.assertNext(result -> assertThat(result).isInstanceOf(AuthorizePaymentResult.AlreadyProcessed.class))
			.verifyComplete();

		assertThat(testbed.submitted).hasSize(1);
	}

	@Test
	void shouldNeverChargeAnOrderCancelledBeforeItWasPaid() {
		OrderId order = anOrder();
		testbed.releasePayment.release(new ReleasePaymentCommand(order, true)).block();

		StepVerifier.create(testbed.authorizePayment.authorize(charge(order, "tok_visa")))
			.expectNext(new AuthorizePaymentResult.OrderCancelled(order))
			.verifyComplete();

		assertThat(testbed.submitted).isEmpty();
		assertThat(testbed.payments.all()).isEmpty();
		assertThat(testbed.published).isEmpty();
	}

}

package dev.foodmesh.payment.application;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentStatus;

import static dev.foodmesh.payment.application.PaymentsTestbed.charge;
import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class SettlePaymentTest {

	private final PaymentsTestbed testbed = new PaymentsTestbed();

	private final OrderId order = anOrder();

	@Test
	void shouldLeaveTheReservationWhenThePspGivesNoAnswerAndRepeatTheCallWithTheSameKey() {
		testbed.authorizePayment.authorize(charge(order, "tok_visa")).block();
		Payment reserved = testbed.submitted.peek();
		testbed.gateway.leaveUnanswered(1);

		StepVerifier.create(testbed.settlePayment.settle(reserved)).verifyError(PspUnavailableException.class);
		assertThat(testbed.paymentOf(order).status()).isEqualTo(PaymentStatus.PENDING);
		assertThat(testbed.published).isEmpty();

		StepVerifier.create(testbed.settlePayment.settle(reserved))
			.assertNext(settled -> assertThat(settled.status()).isEqualTo(PaymentStatus.AUTHORIZED))
			.verifyComplete();
		assertThat(testbed.gateway.authorizations()).containsExactly(IdempotencyKey.authorization(order),
				IdempotencyKey.authorization(order));
		assertThat(testbed.published).singleElement().isInstanceOf(PaymentEvent.Authorized.class);
	}

	@Test
	void shouldRecordAnAnswerOnceWhenTheSameReservationIsSettledTwice() {
		testbed.authorizePayment.authorize(charge(order, "tok_visa")).block();
		Payment reserved = testbed.submitted.peek();
		testbed.settle();

		StepVerifier.create(testbed.settlePayment.settle(reserved)).verifyComplete();

		assertThat(testbed.published).hasSize(1);
		assertThat(testbed.counted).isEqualTo(testbed.published);
	}

	@Test
	void shouldRecordTheAnswersOfSeveralReservationsTogetherAndARepeatedAnswerOnce() {
		OrderId other = anOrder();
		testbed.authorizePayment.authorize(charge(order, "tok_visa")).block();
		testbed.authorizePayment.authorize(charge(other, "tok_visa")).block();
		List<PspAnswered> answers = Flux.fromIterable(testbed.submitted)
			.concatMap(testbed.settlePayment::ask)
			.collectList()
			.block();
		List<PspAnswered> repeated = List.of(answers.get(0), answers.get(1), answers.get(0));

		StepVerifier
			.create(testbed.settlePayment.recordTogether(List.of(order, other),
					Flux.fromIterable(repeated).concatMap(testbed.settlePayment::record).collectList()))
			.assertNext(recorded -> assertThat(recorded).extracting(Payment::status)
				.containsExactly(PaymentStatus.AUTHORIZED, PaymentStatus.AUTHORIZED))
			.verifyComplete();
		assertThat(testbed.published).hasSize(2).allMatch(PaymentEvent.Authorized.class::isInstance);
		assertThat(testbed.paymentOf(other).status()).isEqualTo(PaymentStatus.AUTHORIZED);
	}

	@Test
	void shouldFindReservationsLeftUnsettledOnly() {
		testbed.authorized(anOrder(), "tok_visa");
		testbed.authorizePayment.authorize(charge(order, "tok_visa")).block();

		StepVerifier.create(testbed.settlePayment.unsettled(Duration.ofSeconds(-1)))
			.assertNext(unsettled -> assertThat(unsettled.orderId()).isEqualTo(order))
			.verifyComplete();
		StepVerifier.create(testbed.settlePayment.unsettled(Duration.ofSeconds(30))).verifyComplete();
	}

	@Test
	void shouldRefundAnApprovalForAnOrderCancelledWhileThePspWasDeciding() {
		testbed.authorizePayment.authorize(charge(order, "tok_visa")).block();
		StepVerifier.create(testbed.releasePayment.release(new ReleasePaymentCommand(order, true)))
			.assertNext(result -> assertThat(result).isInstanceOf(ReleasePaymentResult.RefundAfterAuthorization.class))
			.verifyComplete();

		assertThat(testbed.settle()).singleElement()
			.satisfies(settled -> assertThat(settled.status()).isEqualTo(PaymentStatus.REFUNDED));

		assertThat(testbed.gateway.refunds()).containsExactly(IdempotencyKey.refund(order));
		assertThat(testbed.published).hasExactlyElementsOfTypes(PaymentEvent.Authorized.class,
				PaymentEvent.Refunded.class);
		assertThat(testbed.counted).isEqualTo(testbed.published);
	}

}

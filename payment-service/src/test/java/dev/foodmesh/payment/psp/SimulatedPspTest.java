package dev.foodmesh.payment.psp;

import java.time.Duration;
import java.util.Random;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.payment.application.PspUnavailableException;
import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PaymentId;
import dev.foodmesh.payment.domain.PaymentToken;
import dev.foodmesh.payment.domain.PspDecision;

import static dev.foodmesh.payment.domain.PaymentFixtures.CREATED_AT;
import static dev.foodmesh.payment.domain.PaymentFixtures.TOTAL;
import static dev.foodmesh.payment.domain.PaymentFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;

class SimulatedPspTest {

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final SimulatorFaults faults = new SimulatorFaults(0.0, new Random(1));

	private final SimulatedPsp psp = new SimulatedPsp(Duration.ZERO, faults, 2, meters);

	@Test
	void shouldChargeOnceAndAnswerARepeatedKeyWithTheFirstAnswer() {
		PaymentDetails payment = payment(anOrder(), "tok_visa");
		IdempotencyKey key = IdempotencyKey.authorization(payment.orderId());

		StepVerifier.create(psp.authorize(key, payment)).expectNext(new PspDecision.Approved()).verifyComplete();
		StepVerifier.create(psp.authorize(key, payment(payment.orderId(), "tok_declined")))
			.expectNext(new PspDecision.Approved())
			.verifyComplete();

		assertThat(psp.chargesOf(payment.orderId())).isEqualTo(1);
		assertThat(count("foodmesh.psp.charges")).isEqualTo(1);
		assertThat(meters.get("foodmesh.psp.replays").tag("operation", "authorize").counter().count()).isEqualTo(1);
	}

	@Test
	void shouldChargeAgainUnderAnotherKeyAsARealPspWould() {
		OrderId order = anOrder();

		psp.authorize(new IdempotencyKey("attempt-1"), payment(order, "tok_visa")).block();
		psp.authorize(new IdempotencyKey("attempt-2"), payment(order, "tok_visa")).block();

		assertThat(psp.chargesOf(order)).isEqualTo(2);
	}

	@Test
	void shouldNotCountADeclineAsACharge() {
		PaymentDetails payment = payment(anOrder(), "tok_declined");

		StepVerifier.create(psp.authorize(IdempotencyKey.authorization(payment.orderId()), payment))
			.expectNext(new PspDecision.Declined(DeclineReason.CARD_DECLINED))
			.verifyComplete();

		assertThat(psp.chargesOf(payment.orderId())).isZero();
	}

	@Test
	void shouldRefundOncePerKey() {
		PaymentDetails payment = payment(anOrder(), "tok_visa");
		IdempotencyKey key = IdempotencyKey.refund(payment.orderId());

		psp.refund(key, payment).block();
		psp.refund(key, payment).block();

		assertThat(count("foodmesh.psp.refunds")).isEqualTo(1);
		assertThat(meters.get("foodmesh.psp.replays").tag("operation", "refund").counter().count()).isEqualTo(1);
	}

	@Test
	void shouldActBeforeTheDrilledFailureLosesTheAnswer() {
		PaymentDetails payment = payment(anOrder(), "tok_visa");
		IdempotencyKey key = IdempotencyKey.authorization(payment.orderId());
		faults.failureRate(1.0);

		StepVerifier.create(psp.authorize(key, payment)).verifyError(PspUnavailableException.class);
		faults.failureRate(0.0);

		StepVerifier.create(psp.authorize(key, payment)).expectNext(new PspDecision.Approved()).verifyComplete();
		assertThat(psp.chargesOf(payment.orderId())).isEqualTo(1);
	}

	@Test
	void shouldForgetTheOldestKeyBeyondItsCapacity() {
		PaymentDetails first = payment(anOrder(), "tok_visa");
		IdempotencyKey firstKey = IdempotencyKey.authorization(first.orderId());
		psp.authorize(firstKey, first).block();
		for (int i = 0; i < 2; i++) {
			PaymentDetails other = payment(anOrder(), "tok_visa");
			psp.authorize(IdempotencyKey.authorization(other.orderId()), other).block();
		}

		psp.authorize(firstKey, first).block();

		assertThat(count("foodmesh.psp.charges")).isEqualTo(4);
		assertThat(meters.get("foodmesh.psp.ledger.keys").gauge().value()).isEqualTo(2);
	}

	private double count(String counter) {
		return meters.get(counter).counter().count();
	}

	private static PaymentDetails payment(OrderId order, String token) {
		return new PaymentDetails(PaymentId.random(), order, TOTAL, new PaymentToken(token), CREATED_AT);
	}

}

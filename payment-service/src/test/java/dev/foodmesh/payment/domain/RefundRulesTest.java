package dev.foodmesh.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The refund rules over every payment state, amount, currency and time. */
class RefundRulesTest {

	@Property
	void shouldRefundEveryAuthorizedPaymentInFullExactlyOnce(@ForAll("details") PaymentDetails details,
			@ForAll("offsets") long secondsLater) {
		Instant now = details.createdAt().plusSeconds(secondsLater);

		PaymentChange first = new Payment.Authorized(details).refund(now);
		Payment.Refunding refunding = (Payment.Refunding) ((PaymentChange.Reserved) first).next();
		PaymentChange.Changed completed = refunding.complete(now);
		Payment refunded = completed.next();

		assertThat(refunded).isEqualTo(new Payment.Refunded(details, now));
		assertThat(completed.events())
			.containsExactly(new PaymentEvent.Refunded(details.id(), details.orderId(), details.amount(), now));
		assertThat(refunding.refund(now.plusSeconds(1))).isEqualTo(new PaymentChange.Changed(refunding, List.of()));
		assertThat(refunded.refund(now.plusSeconds(1))).isEqualTo(new PaymentChange.Changed(refunded, List.of()));
	}

	@Property
	void shouldNeverRefundADeclinedPayment(@ForAll("details") PaymentDetails details, @ForAll DeclineReason reason,
			@ForAll("offsets") long secondsLater) {
		Payment declined = new Payment.Declined(details, reason);

		PaymentChange change = declined.refund(details.createdAt().plusSeconds(secondsLater));

		assertThat(change).isEqualTo(new PaymentChange.Rejected(PaymentRejection.PAYMENT_DECLINED));
	}

	@Property
	void shouldAnnounceExactlyOneEventWhenOpeningAPayment(@ForAll("details") PaymentDetails details,
			@ForAll("decisions") PspDecision decision) {
		PaymentChange.Changed opened = Payment.open(details, decision);

		assertThat(opened.events()).hasSize(1);
		assertThat(opened.next().details()).isEqualTo(details);
		assertThat(opened.next().status())
			.isEqualTo(decision instanceof PspDecision.Approved ? PaymentStatus.AUTHORIZED : PaymentStatus.DECLINED);
	}

	@Provide
	Arbitrary<PaymentDetails> details() {
		Arbitrary<Money> money = Combinators
			.combine(Arbitraries.longs().between(0, Long.MAX_VALUE),
					Arbitraries.strings().withCharRange('A', 'Z').ofLength(3))
			.as(Money::new);
		Arbitrary<Instant> createdAt = Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
		return Combinators.combine(money, createdAt)
			.as((amount, at) -> new PaymentDetails(PaymentId.random(), new OrderId(UUID.randomUUID()), amount,
					new PaymentToken("tok_visa"), at));
	}

	@Provide
	Arbitrary<Long> offsets() {
		return Arbitraries.longs().between(0, 90L * 24 * 3600);
	}

	@Provide
	Arbitrary<PspDecision> decisions() {
		return Arbitraries.oneOf(Arbitraries.just(new PspDecision.Approved()),
				Arbitraries.of(DeclineReason.class).map(PspDecision.Declined::new));
	}

}

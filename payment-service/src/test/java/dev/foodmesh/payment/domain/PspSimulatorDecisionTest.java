package dev.foodmesh.payment.domain;

import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

class PspSimulatorDecisionTest {

	private static final Set<String> DEMO_TOKENS = Set.of("tok_visa", "tok_declined", "tok_insufficient_funds");

	@Example
	void shouldApproveVisa() {
		assertThat(PspSimulator.decide(new PaymentToken("tok_visa"))).isEqualTo(new PspDecision.Approved());
	}

	@Example
	void shouldDeclineTheDeclinedCard() {
		assertThat(PspSimulator.decide(new PaymentToken("tok_declined")))
			.isEqualTo(new PspDecision.Declined(DeclineReason.CARD_DECLINED));
	}

	@Example
	void shouldDeclineForInsufficientFunds() {
		assertThat(PspSimulator.decide(new PaymentToken("tok_insufficient_funds")))
			.isEqualTo(new PspDecision.Declined(DeclineReason.INSUFFICIENT_FUNDS));
	}

	@Property
	void shouldDecideTheSameWayEveryTimeForTheSameToken(@ForAll("tokens") String token) {
		PaymentToken paymentToken = new PaymentToken(token);

		assertThat(PspSimulator.decide(paymentToken)).isEqualTo(PspSimulator.decide(new PaymentToken(token)));
	}

	@Property
	void shouldDeclineEveryOtherTokenAsUnknown(@ForAll("tokens") String token) {
		PspDecision decision = PspSimulator.decide(new PaymentToken(token));

		if (!DEMO_TOKENS.contains(token)) {
			assertThat(decision).isEqualTo(new PspDecision.Declined(DeclineReason.UNKNOWN_TOKEN));
		}
	}

	@Property
	void shouldApproveOnlyVisa(@ForAll("tokens") String token) {
		boolean approved = PspSimulator.decide(new PaymentToken(token)) instanceof PspDecision.Approved;

		assertThat(approved).isEqualTo(token.equals("tok_visa"));
	}

	@Provide
	Arbitrary<String> tokens() {
		Arbitrary<String> lookalikes = Arbitraries.strings()
			.withChars("tok_visadeclinsufficntu ")
			.ofMinLength(1)
			.ofMaxLength(24)
			.filter(token -> !token.isBlank());
		Arbitrary<String> anything = Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(t -> !t.isBlank());
		return Arbitraries.oneOf(Arbitraries.of(DEMO_TOKENS), lookalikes, anything,
				Arbitraries.of("TOK_VISA", "tok_visa ", " tok_visa", "tok_Visa"));
	}

}

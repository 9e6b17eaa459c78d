package dev.foodmesh.payment.domain;

import java.util.Map;

/**
 * The simulated PSP's decision rule: a pure function of the token, so a replayed request
 * always gets the same answer. {@code tok_visa} approves, {@code tok_declined} and
 * {@code tok_insufficient_funds} decline with their reason, any other token declines as
 * unknown (docs/demo-data.md).
 */
public final class PspSimulator {

	private static final Map<String, PspDecision> KNOWN_TOKENS = Map.of("tok_visa", new PspDecision.Approved(),
			"tok_declined", new PspDecision.Declined(DeclineReason.CARD_DECLINED), "tok_insufficient_funds",
			new PspDecision.Declined(DeclineReason.INSUFFICIENT_FUNDS));

	private static final PspDecision UNKNOWN = new PspDecision.Declined(DeclineReason.UNKNOWN_TOKEN);

	private PspSimulator() {
	}

	public static PspDecision decide(PaymentToken token) {
		return KNOWN_TOKENS.getOrDefault(token.value(), UNKNOWN);
	}

}

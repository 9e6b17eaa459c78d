package dev.foodmesh.payment.psp;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PspDecision;

/**
 * What the simulated PSP answered to one idempotency key: what its ledger keeps and its
 * journal writes, one tab-separated line each.
 */
sealed interface PspAnswer {

	IdempotencyKey key();

	OrderId orderId();

	String line();

	/**
	 * The answer a journal line records, or {@code null} for a line that is not one (a
	 * line torn by a kill, say).
	 */
	static @Nullable PspAnswer parse(String line) {
		String[] fields = line.split("\t", -1);
		try {
			return switch (fields[0]) {
				case Authorized.KIND -> (fields.length == 4)
						? new Authorized(key(fields[1]), order(fields[2]), Authorized.decision(fields[3])) : null;
				case Refunded.KIND -> (fields.length == 3) ? new Refunded(key(fields[1]), order(fields[2])) : null;
				default -> null;
			};
		}
		catch (IllegalArgumentException notAnAnswer) {
			return null;
		}
	}

	private static IdempotencyKey key(String field) {
		if (field.isEmpty()) {
			throw new IllegalArgumentException("no idempotency key");
		}
		return new IdempotencyKey(field);
	}

	private static OrderId order(String field) {
		return new OrderId(UUID.fromString(field));
	}

	private static String fields(String... fields) {
		for (String field : fields) {
			if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0) {
				throw new IllegalArgumentException("a journal field holds no tab or line break: " + field);
			}
		}
		return String.join("\t", fields);
	}

	/** An authorisation decided: approved (money held) or declined. */
	record Authorized(IdempotencyKey key, OrderId orderId, PspDecision decision) implements PspAnswer {

		static final String KIND = "authorized";

		private static final String APPROVED = "APPROVED";

		boolean charged() {
			return decision instanceof PspDecision.Approved;
		}

		@Override
		public String line() {
			String outcome = (decision instanceof PspDecision.Declined declined) ? declined.reason().name() : APPROVED;
			return fields(KIND, key.value(), orderId.toString(), outcome);
		}

		private static PspDecision decision(String field) {
			return APPROVED.equals(field) ? new PspDecision.Approved()
					: new PspDecision.Declined(DeclineReason.valueOf(field));
		}

	}

	/** A refund made. */
	record Refunded(IdempotencyKey key, OrderId orderId) implements PspAnswer {

		static final String KIND = "refunded";

		@Override
		public String line() {
			return fields(KIND, key.value(), orderId.toString());
		}

	}

}

package dev.foodmesh.payment.domain;

import java.util.Objects;

/**
 * The key the PSP deduplicates a call by: one per payment operation of an order, so every
 * repetition of a call (a retry, a recovery after a crash, a second replica) gets the
 * PSP's first answer instead of a second charge or refund.
 */
public record IdempotencyKey(String value) {

	public IdempotencyKey {
		Objects.requireNonNull(value, "value");
	}

	public static IdempotencyKey authorization(OrderId orderId) {
		return new IdempotencyKey("authorize-" + orderId.value());
	}

	public static IdempotencyKey refund(OrderId orderId) {
		return new IdempotencyKey("refund-" + orderId.value());
	}

	@Override
	public String toString() {
		return value;
	}

}

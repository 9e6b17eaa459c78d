package dev.foodmesh.payment.application;

/**
 * The PSP gave no answer. Transient: the call is repeated with the same idempotency key,
 * by the adapter at once and by the recovery pass later. The cause is the underlying I/O
 * failure or timeout.
 */
public class PspUnavailableException extends RuntimeException {

	public PspUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}

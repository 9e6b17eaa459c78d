package dev.foodmesh.payment.application;

/**
 * The PSP gave no answer. Transient: the event that asked for the call is retried with backoff. The cause is the
 * underlying I/O failure or timeout, by which the messaging kit recognises a transient failure.
 */
public class PspUnavailableException extends RuntimeException {

    public PspUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

}

package dev.foodmesh.payment.application;

/** The PSP gave no answer. Transient: the event that asked for the call is retried with backoff. */
public class PspUnavailableException extends RuntimeException {

    public PspUnavailableException(String message) {
        super(message);
    }

    public PspUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

}

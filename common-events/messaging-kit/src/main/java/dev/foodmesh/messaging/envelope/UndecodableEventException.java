package dev.foodmesh.messaging.envelope;

/**
 * A consumed record that cannot be turned into an event of its topic: no or an unknown
 * {@code ce_type} (version), a type of another topic, or a payload that is not the type's
 * JSON. Retrying cannot help, so the record is dead-lettered.
 */
public class UndecodableEventException extends RuntimeException {

	public UndecodableEventException(String message) {
		super(message);
	}

	public UndecodableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}

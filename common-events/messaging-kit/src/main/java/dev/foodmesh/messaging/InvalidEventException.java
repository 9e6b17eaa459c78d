package dev.foodmesh.messaging;

/**
 * A consumed event that can never be applied (it fails validation or contradicts the
 * service's data). The kit sends it to the topic's dead-letter twin with this message in
 * its headers and goes on with the next record.
 */
public class InvalidEventException extends RuntimeException {

	public InvalidEventException(String message) {
		super(message);
	}

}

package dev.foodmesh.messaging.envelope;

/**
 * Headers the kit adds to a record it moves to a {@code <topic>.dlt} topic, beside all
 * original headers: why it failed and where it came from. Redrive removes them again.
 */
public final class DeadLetterHeaders {

	/** Common prefix of the dead-letter headers. */
	public static final String PREFIX = "foodmesh-dlt-";

	/** The failure: exception class and message. */
	public static final String ERROR = PREFIX + "error";

	/** The topic the record was consumed from. */
	public static final String TOPIC = PREFIX + "topic";

	public static final String PARTITION = PREFIX + "partition";

	public static final String OFFSET = PREFIX + "offset";

	private DeadLetterHeaders() {
	}

}

package dev.foodmesh.messaging.envelope;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;

/**
 * Turns a consumed Kafka record into the event record of its topic: the CloudEvents
 * {@code ce_type} header picks the record type from {@link EventCatalog}, and the payload
 * is read with the kit's tolerant {@link EventJson}. Anything that can never be read is
 * an {@link UndecodableEventException}.
 * <p>
 * Nothing about a record is trusted: whatever its headers, key and value hold (none at
 * all, bytes that are not UTF-8, JSON {@code null}, an array, the wrong types), decoding
 * ends in the event or in an {@link UndecodableEventException}, never in another
 * exception. A record is the event only if its key is the event's order id (as the outbox
 * relay writes it), since that key is what keeps one order's events in order on one
 * partition.
 */
public final class EventDecoder {

	/** How much of an untrusted header value an error message quotes. */
	private static final int QUOTED_LENGTH = 120;

	private final EventJson json;

	public EventDecoder(EventJson json) {
		this.json = json;
	}

	/**
	 * Decodes a record into an event of the topic's sealed type.
	 * @throws UndecodableEventException for a record that can never be read; never
	 * another exception
	 */
	public <E extends IntegrationEvent> E decode(ConsumerRecord<byte[], byte[]> record, Class<E> topicType) {
		try {
			return read(record, topicType);
		}
		catch (UndecodableEventException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// a shape nobody foresaw: still a record that can never be read, not a
			// failure of the consumer
			throw new UndecodableEventException("Record cannot be read: " + quote(String.valueOf(ex)), ex);
		}
	}

	private <E extends IntegrationEvent> E read(ConsumerRecord<byte[], byte[]> record, Class<E> topicType) {
		Class<? extends IntegrationEvent> javaType = javaTypeOf(record.headers(), topicType);
		byte[] value = record.value();
		if (value == null) {
			throw new UndecodableEventException("Record has no payload");
		}
		if (value.length == 0) {
			throw new UndecodableEventException("Record has an empty payload");
		}
		IntegrationEvent event = this.json.read(value, javaType);
		if (event == null) {
			throw new UndecodableEventException("Payload is JSON null, not a " + javaType.getSimpleName());
		}
		if (event.eventId() == null || event.orderId() == null) {
			throw new UndecodableEventException("Event has no eventId or orderId");
		}
		if (!isKeyOf(record.key(), event)) {
			throw new UndecodableEventException(
					(record.key() == null) ? "Record has no key; the key must be the order id"
							: "Record key is not the event's order id " + event.orderId());
		}
		return topicType.cast(event);
	}

	private static Class<? extends IntegrationEvent> javaTypeOf(Headers headers, Class<?> topicType) {
		String specVersion = utf8(headers, CloudEventHeaders.SPEC_VERSION);
		if (specVersion != null && !CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
			throw new UndecodableEventException("Unsupported ce_specversion " + quote(specVersion));
		}
		String ceType = utf8(headers, CloudEventHeaders.TYPE);
		if (ceType == null) {
			throw new UndecodableEventException("Record has no ce_type header");
		}
		EventCatalog.EventType type = EventCatalog.forCeType(ceType)
			.orElseThrow(() -> new UndecodableEventException("Unknown ce_type " + quote(ceType)));
		if (!topicType.isAssignableFrom(type.javaType())) {
			throw new UndecodableEventException(ceType + " is not a " + topicType.getSimpleName());
		}
		return type.javaType();
	}

	// the outbox relay writes the order id's text as the key; the partitioner hashes
	// exactly these bytes
	private static boolean isKeyOf(byte @Nullable [] key, IntegrationEvent event) {
		return key != null && Arrays.equals(key, event.orderId().toString().getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * The last value of a header as text, null without one; refuses bytes that are not
	 * UTF-8.
	 */
	private static @Nullable String utf8(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		if (header == null || header.value() == null) {
			return null;
		}
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(header.value())).toString();
		}
		catch (CharacterCodingException ex) {
			throw new UndecodableEventException(name + " is not UTF-8");
		}
	}

	// an untrusted value in a message (which becomes a dead-letter header and a log line)
	// is cut to a bounded length
	private static String quote(String untrusted) {
		return (untrusted.length() <= QUOTED_LENGTH) ? untrusted
				: untrusted.substring(0, QUOTED_LENGTH) + "… (" + untrusted.length() + " characters)";
	}

}

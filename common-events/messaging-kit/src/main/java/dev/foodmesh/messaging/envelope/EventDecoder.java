package dev.foodmesh.messaging.envelope;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;

/**
 * Turns a consumed Kafka record into the event record of its topic: the CloudEvents {@code ce_type} header picks the
 * record type from {@link EventCatalog}, and the payload is read with the kit's tolerant {@link EventJson}. Anything
 * that can never be read is an {@link UndecodableEventException}.
 */
public final class EventDecoder {

	private final EventJson json;

	public EventDecoder(EventJson json) {
		this.json = json;
	}

	/**
	 * Decodes a record into an event of the topic's sealed type.
	 * @throws UndecodableEventException for a record that can never be read
	 */
	public <E extends IntegrationEvent> E decode(ConsumerRecord<byte[], byte[]> record, Class<E> topicType) {
		Class<? extends IntegrationEvent> javaType = javaTypeOf(record.headers(), topicType);
		if (record.value() == null) {
			throw new UndecodableEventException("Record has no payload");
		}
		IntegrationEvent event = this.json.read(record.value(), javaType);
		if (event.eventId() == null || event.orderId() == null) {
			throw new UndecodableEventException("Event has no eventId or orderId");
		}
		return topicType.cast(event);
	}

	private static Class<? extends IntegrationEvent> javaTypeOf(Headers headers, Class<?> topicType) {
		String specVersion = CloudEventHeaders.text(headers, CloudEventHeaders.SPEC_VERSION);
		if (specVersion != null && !CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
			throw new UndecodableEventException("Unsupported ce_specversion " + specVersion);
		}
		String ceType = CloudEventHeaders.text(headers, CloudEventHeaders.TYPE);
		if (ceType == null) {
			throw new UndecodableEventException("Record has no ce_type header");
		}
		EventCatalog.EventType type = EventCatalog.forCeType(ceType)
			.orElseThrow(() -> new UndecodableEventException("Unknown ce_type " + ceType));
		if (!topicType.isAssignableFrom(type.javaType())) {
			throw new UndecodableEventException(ceType + " is not a " + topicType.getSimpleName());
		}
		return type.javaType();
	}

}

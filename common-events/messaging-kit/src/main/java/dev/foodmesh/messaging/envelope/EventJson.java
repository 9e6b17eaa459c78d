package dev.foodmesh.messaging.envelope;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.foodmesh.events.IntegrationEvent;

/**
 * The kit's own JSON mapping of event records, independent of the service's web mapper so
 * that a service's Jackson settings can never change the wire format.
 * <p>
 * Reading is tolerant, as the contracts' evolution rule requires: unknown fields are
 * ignored (a newer producer added one) and missing fields read as null, false or zero (an
 * older producer did not have them yet). Instants are written as ISO-8601 text.
 */
public final class EventJson {

	private final JsonMapper mapper = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	/**
	 * Serialises the event once; the same bytes are stored in the outbox and published.
	 */
	public byte[] write(IntegrationEvent event) {
		return this.mapper.writeValueAsBytes(event);
	}

	/**
	 * Reads an event record.
	 * @throws UndecodableEventException when the bytes are not JSON of that record
	 */
	public <E extends IntegrationEvent> E read(byte[] json, Class<E> type) {
		try {
			return this.mapper.readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new UndecodableEventException(
					"Payload is not a valid " + type.getSimpleName() + ": " + ex.getOriginalMessage(), ex);
		}
	}

}

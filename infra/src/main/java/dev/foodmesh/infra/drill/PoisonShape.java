package dev.foodmesh.infra.drill;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Hostile record shapes, each of which a consumer must move to the topic's {@code .dlt}
 * and then go on (the messaging kit's README, "Hostile records", lists what it promises
 * for each). Every record carries a fresh order id of its own, so no real order is
 * touched, and the {@link #MARKER} header, which the dead letter keeps.
 */
enum PoisonShape {

	TOMBSTONE, EMPTY_PAYLOAD, JSON_NULL, EMPTY_OBJECT, NOT_JSON, JSON_ARRAY, WRONG_FIELD_TYPES, DEEP_NESTING,
	NO_CE_HEADERS, UNKNOWN_TYPE, UNKNOWN_TYPE_VERSION, OTHER_TOPICS_TYPE, UNSUPPORTED_SPECVERSION, NON_UTF8_TYPE,
	NO_KEY, KEY_NOT_THE_ORDER;

	/** {@code <run id>:<sequence number>}: which poison record a dead letter is. */
	static final String MARKER = "foodmesh-drill-poison";

	/**
	 * @param topic where it goes
	 * @param ownType a {@code ce_type} of that topic
	 * @param foreignType a {@code ce_type} of another topic
	 * @param marker the value of the {@link #MARKER} header
	 */
	ProducerRecord<byte[], byte[]> record(String topic, String ownType, String foreignType, String marker) {
		String orderId = UUID.randomUUID().toString();
		String event = "{\"eventId\":\"%s\",\"orderId\":\"%s\",\"occurredAt\":\"2026-01-01T00:00:00Z\"}"
			.formatted(UUID.randomUUID(), orderId);
		String type = switch (this) {
			case UNKNOWN_TYPE -> "dev.foodmesh.drill.unknown.v1";
			case UNKNOWN_TYPE_VERSION -> ownType.replaceFirst("\\.v1$", ".v9");
			case OTHER_TOPICS_TYPE -> foreignType;
			default -> ownType;
		};
		RecordHeaders headers = new RecordHeaders();
		if (this != NO_CE_HEADERS) {
			headers.add("ce_specversion", utf8((this == UNSUPPORTED_SPECVERSION) ? "0.3" : "1.0"));
			headers.add("ce_id", utf8(UUID.randomUUID().toString()));
			headers.add("ce_type", (this == NON_UTF8_TYPE) ? new byte[] { (byte) 0xff, (byte) 0xfe } : utf8(type));
			headers.add("ce_source", utf8("/fault-drill"));
			headers.add("ce_subject", utf8(orderId));
			headers.add("content-type", utf8("application/json"));
		}
		headers.add(MARKER, utf8(marker));
		byte[] key = switch (this) {
			case NO_KEY -> null;
			case KEY_NOT_THE_ORDER -> utf8(UUID.randomUUID().toString());
			default -> utf8(orderId);
		};
		return new ProducerRecord<>(topic, null, key, payload(event), headers);
	}

	private byte[] payload(String event) {
		return switch (this) {
			case TOMBSTONE -> null;
			case EMPTY_PAYLOAD -> new byte[0];
			case JSON_NULL -> utf8("null");
			case EMPTY_OBJECT -> utf8("{}");
			case NOT_JSON -> utf8("this is not JSON");
			case JSON_ARRAY -> utf8("[1,2,3]");
			case WRONG_FIELD_TYPES -> utf8("{\"eventId\":42,\"orderId\":true}");
			// far beyond Jackson's default nesting limit (1,000)
			case DEEP_NESTING -> utf8("[".repeat(5_000) + "]".repeat(5_000));
			default -> utf8(event);
		};
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

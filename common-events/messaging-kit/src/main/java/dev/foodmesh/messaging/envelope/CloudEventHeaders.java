package dev.foodmesh.messaging.envelope;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Header names of the CloudEvents 1.0 Kafka protocol binding in binary mode, as every
 * FoodMesh record carries them: the payload is the event record as JSON and the envelope
 * travels in headers, so consumers route on {@code ce_type} without parsing the payload.
 * Also reads and writes header values as UTF-8.
 */
public final class CloudEventHeaders {

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String ID = "ce_id";

	public static final String TYPE = "ce_type";

	public static final String SOURCE = "ce_source";

	public static final String TIME = "ce_time";

	public static final String SUBJECT = "ce_subject";

	public static final String CONTENT_TYPE = "content-type";

	public static final String TRACEPARENT = "traceparent";

	public static final String TRACESTATE = "tracestate";

	public static final String SPEC_VERSION_1_0 = "1.0";

	public static final String APPLICATION_JSON = "application/json";

	private CloudEventHeaders() {
	}

	/**
	 * {@code ce_source} of events published by a service:
	 * {@code /foodmesh/<service-name>}.
	 */
	public static String sourceOf(String serviceName) {
		return "/foodmesh/" + serviceName;
	}

	/** The last value of a header as text, or null when the record has no such header. */
	public static @Nullable String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header == null || header.value() == null) ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/** Adds a text header; a null value adds nothing. */
	public static Headers add(Headers headers, String name, @Nullable String value) {
		return (value == null) ? headers : headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}

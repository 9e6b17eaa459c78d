package dev.foodmesh.messaging.outbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An unpublished outbox row as the relay reads it; {@code payload} is the event's JSON
 * exactly as appended.
 */
record OutboxRow(long seq, UUID eventId, String topic, String messageKey, String ceType, byte[] payload,
		@Nullable String traceparent, @Nullable String tracestate, Instant occurredAt) {
}

package dev.foodmesh.messaging.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An unpublished outbox row as the relay reads it; {@code payload} is the event's JSON
 * exactly as appended, {@code waited} how long the row had been in the outbox when it was
 * read, by the database's clock.
 */
record OutboxRow(long seq, UUID eventId, String topic, String messageKey, String ceType, byte[] payload,
		@Nullable String traceparent, @Nullable String tracestate, Instant occurredAt, Duration waited) {
}

package dev.foodmesh.messaging.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * An outbox row not yet inserted: the serialised event with its routing and the trace
 * that appended it.
 */
record NewOutboxRow(UUID eventId, String topic, String messageKey, String ceType, String payload,
		@Nullable String traceparent, @Nullable String tracestate, Instant occurredAt) {

	static NewOutboxRow of(IntegrationEvent event, byte[] payload, @Nullable TraceParent trace) {
		EventCatalog.EventType type = EventCatalog.forEvent(event);
		return new NewOutboxRow(event.eventId(), type.topic(), event.orderId().toString(), type.ceType(),
				new String(payload, StandardCharsets.UTF_8), (trace != null) ? trace.traceparent() : null,
				(trace != null) ? trace.tracestate() : null, event.occurredAt());
	}

}

package dev.foodmesh.messaging;

import reactor.core.publisher.Mono;

import dev.foodmesh.events.IntegrationEvent;

/**
 * Appends integration events to the service's transactional outbox.
 * <p>
 * {@link #append} joins the caller's R2DBC transaction, so the state change and the event
 * commit together or not at all. The relay publishes committed rows to Kafka afterwards,
 * in order, at least once; consumers deduplicate on the event id. The trace context
 * current at the time of the call is stored with the row and restored when the row is
 * published, so the order's trace continues through Kafka.
 */
public interface Outbox {

	Mono<Void> append(IntegrationEvent event);

}

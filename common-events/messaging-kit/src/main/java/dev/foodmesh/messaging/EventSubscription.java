package dev.foodmesh.messaging;

import dev.foodmesh.events.IntegrationEvent;

/**
 * Declares that this service consumes a topic. Declare one as a bean per consumed topic;
 * the kit starts a reactive consumer for it in the group named after the service
 * ({@code foodmesh.messaging.service-name}) and stops it on shutdown after in-flight
 * records are finished.
 *
 * @param topic the topic, from {@code dev.foodmesh.events.Topics}
 * @param eventType the topic's sealed event interface, e.g.
 * {@code PaymentIntegrationEvent.class}
 * @param handler applies each event; see {@link EventHandler} for the guarantees
 * @param <E> the topic's sealed event type
 */
public record EventSubscription<E extends IntegrationEvent>(String topic, Class<E> eventType,
		EventHandler<? super E> handler) {
}

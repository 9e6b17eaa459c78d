package dev.foodmesh.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event one service publishes for the others. Every event belongs to one order:
 * {@link #orderId()} is the Kafka key and the CloudEvents {@code ce_subject}, so one
 * order's events stay in order on one partition. {@link #eventId()} becomes
 * {@code ce_id}; consumers deduplicate on it. Each topic has its own sealed sub-interface
 * ({@code OrderIntegrationEvent}, {@code PaymentIntegrationEvent},
 * {@code DeliveryIntegrationEvent}); this parent cannot be sealed across packages outside
 * a named module.
 */
public interface IntegrationEvent {

	UUID eventId();

	UUID orderId();

	Instant occurredAt();

}

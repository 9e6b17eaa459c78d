package dev.foodmesh.delivery.config;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long delivery-service keeps its own bookkeeping, under
 * {@code foodmesh.delivery.retention}.
 *
 * @param cancelledOrders how long a cancellation is remembered so that a late or redriven
 * {@code OrderPaid} for the order assigns no courier; longer than the topics' retention
 * plus the longest redrive window
 */
@ConfigurationProperties("foodmesh.delivery.retention")
@Validated
public record DeliveryRetentionProperties(@DefaultValue("8d") @DurationMin(minutes = 1) Duration cancelledOrders) {
}

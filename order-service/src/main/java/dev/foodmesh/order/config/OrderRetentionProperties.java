package dev.foodmesh.order.config;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long order-service keeps its own bookkeeping, under
 * {@code foodmesh.order.retention}.
 *
 * @param idempotencyKeys how long a {@code POST /orders} may be retried with the same
 * {@code Idempotency-Key} and replay the first response; a retry after that places a new
 * order
 */
@ConfigurationProperties("foodmesh.order.retention")
@Validated
public record OrderRetentionProperties(@DefaultValue("2d") @DurationMin(minutes = 1) Duration idempotencyKeys) {
}

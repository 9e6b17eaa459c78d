package dev.foodmesh.web.problem;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the shared web support, under {@code foodmesh.web}, checked at startup.
 *
 * @param outageRetryAfter the {@code Retry-After} of the 503 answered for a database
 * outage (default: the pool's acquire time)
 */
@ConfigurationProperties("foodmesh.web")
@Validated
public record WebSupportProperties(@DefaultValue("5s") @DurationMin(millis = 1) Duration outageRetryAfter) {
}

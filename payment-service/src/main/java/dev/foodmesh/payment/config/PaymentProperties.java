package dev.foodmesh.payment.config;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code foodmesh.payment.*}.
 *
 * @param psp calls to the payment service provider
 * @param simulator the simulated PSP's drill settings
 */
@ConfigurationProperties("foodmesh.payment")
@Validated
record PaymentProperties(@DefaultValue @Valid Psp psp, @DefaultValue @Valid Simulator simulator) {

    /** @param timeout how long a PSP call may take before it counts as unanswered (and is retried) */
    record Psp(@DefaultValue("5s") @DurationMin(millis = 1) Duration timeout) {
    }

    /**
     * @param latency how long each simulated PSP call takes (waited without blocking a thread)
     * @param failureRate share of simulated PSP calls (0..1) that fail transiently; retried, never a decline
     * @param seed makes the sequence of simulated failures reproducible; random when absent
     */
    record Simulator(@DefaultValue("0ms") @DurationMin(millis = 0) Duration latency,
            @DefaultValue("0") @DecimalMin("0.0") @DecimalMax("1.0") double failureRate, @Nullable Long seed) {
    }

}

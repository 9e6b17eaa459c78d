package dev.foodmesh.payment.config;

import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
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
 * @param recovery the pass that settles reservations whose settlement was lost
 * @param settlement recording the PSP's answers
 */
@ConfigurationProperties("foodmesh.payment")
@Validated
record PaymentProperties(@DefaultValue @Valid Psp psp, @DefaultValue @Valid Simulator simulator,
		@DefaultValue @Valid Recovery recovery, @DefaultValue @Valid Settlement settlement) {

	/**
	 * @param timeout how long a PSP call may take before it counts as unanswered (and is
	 * retried)
	 * @param retries how often an unanswered call is repeated at once, with the same
	 * idempotency key, before it is left to the recovery pass
	 */
	record Psp(@DefaultValue("5s") @DurationMin(millis = 1) Duration timeout, @DefaultValue("2") @Min(0) int retries) {
	}

	/**
	 * @param interval how often the pass looks for unsettled reservations
	 * @param staleAfter how long a reservation may stay unsettled before the pass repeats
	 * its PSP call; longer than a settlement with all its retries normally takes, though
	 * a repetition would be harmless (same key)
	 */
	record Recovery(@DefaultValue("5s") @DurationMin(millis = 1) Duration interval,
			@DefaultValue("30s") @DurationMin(millis = 0) Duration staleAfter) {
	}

	/**
	 * @param batchWindow how long a PSP answer may wait for others to be recorded with it
	 * in one transaction; fewer transactions under load, at most this much latency at low
	 * rates
	 */
	record Settlement(@DefaultValue("5ms") @DurationMin(millis = 1) Duration batchWindow) {
	}

	/**
	 * @param latency how long each simulated PSP call takes (waited without blocking a
	 * thread)
	 * @param failureRate share of simulated PSP calls (0..1) that fail transiently;
	 * retried, never a decline
	 * @param seed makes the sequence of simulated failures reproducible; random when
	 * absent
	 * @param ledgerCapacity how many idempotency keys (per operation) the simulated PSP
	 * remembers, oldest forgotten
	 * @param journal a file in which the simulated PSP keeps its keys across restarts of
	 * the service, as a real PSP would; without it, a restart forgets them
	 */
	record Simulator(@DefaultValue("0ms") @DurationMin(millis = 0) Duration latency,
			@DefaultValue("0") @DecimalMin("0.0") @DecimalMax("1.0") double failureRate, @Nullable Long seed,
			@DefaultValue("50000") @Min(1) int ledgerCapacity, @Nullable Path journal) {
	}

}

package dev.foodmesh.payment.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.AfterCommit;
import dev.foodmesh.payment.application.PaymentMetrics;
import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.PaymentEvent;

/**
 * Counts {@code foodmesh.payment.authorizations}, {@code foodmesh.payment.declines} (tag
 * {@code reason}) and {@code foodmesh.payment.refunds}. Counting waits for the
 * transaction to commit, so a rolled-back and retried attempt is counted once.
 */
@Component
class MicrometerPaymentMetrics implements PaymentMetrics {

	private final Counter authorizations;

	private final Map<DeclineReason, Counter> declines = new EnumMap<>(DeclineReason.class);

	private final Counter refunds;

	MicrometerPaymentMetrics(MeterRegistry registry) {
		authorizations = Counter.builder("foodmesh.payment.authorizations")
			.description("Payments authorised")
			.register(registry);
		refunds = Counter.builder("foodmesh.payment.refunds").description("Payments refunded").register(registry);
		// registered up front so every reason is exported, at zero until it happens
		for (DeclineReason reason : DeclineReason.values()) {
			declines.put(reason,
					Counter.builder("foodmesh.payment.declines")
						.description("Payments declined by the PSP")
						.tag("reason", reason.name())
						.register(registry));
		}
	}

	@Override
	public Mono<Void> count(List<PaymentEvent> events) {
		return AfterCommit.run(() -> events.forEach(this::increment));
	}

	private void increment(PaymentEvent event) {
		switch (event) {
			case PaymentEvent.Authorized authorized -> authorizations.increment();
			case PaymentEvent.Declined declined -> declines.get(declined.reason()).increment();
			case PaymentEvent.Refunded refunded -> refunds.increment();
		}
	}

}

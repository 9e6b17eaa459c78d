package dev.foodmesh.payment.messaging;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.AfterCommit;
import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.PaymentEvent;

/**
 * Counts authorisations, declines (by reason) and refunds:
 * {@code foodmesh_payment_authorizations_total},
 * {@code foodmesh_payment_declines_total{reason}},
 * {@code foodmesh_payment_refunds_total}. An event is counted when its transaction
 * commits, so a rolled-back and retried attempt is counted once.
 */
@Component
class PaymentCounters {

	private final Counter authorizations;

	private final Map<DeclineReason, Counter> declines = new EnumMap<>(DeclineReason.class);

	private final Counter refunds;

	PaymentCounters(MeterRegistry registry) {
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

	Mono<Void> countOnCommit(PaymentEvent event) {
		return AfterCommit.run(() -> count(event));
	}

	private void count(PaymentEvent event) {
		switch (event) {
			case PaymentEvent.Authorized authorized -> authorizations.increment();
			case PaymentEvent.Declined declined -> declines.get(declined.reason()).increment();
			case PaymentEvent.Refunded refunded -> refunds.increment();
		}
	}

}

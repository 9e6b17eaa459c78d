package dev.foodmesh.payment.psp;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import dev.foodmesh.payment.application.PaymentGateway;
import dev.foodmesh.payment.application.PspUnavailableException;
import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspDecision;

/**
 * The client side of the PSP, here talking to {@link SimulatedPsp} in-process: each call
 * is bounded by the call timeout, as a call to a real PSP would be, and a call without an
 * answer is repeated a few times at once with the same idempotency key, which is safe
 * only because of that key. Calls still unanswered then signal
 * {@link PspUnavailableException}; the recovery pass repeats them later.
 */
public final class SimulatedPaymentGateway implements PaymentGateway {

	private static final Duration FIRST_BACKOFF = Duration.ofMillis(100);

	private final SimulatedPsp psp;

	private final Duration timeout;

	private final int retries;

	private final Counter failures;

	public SimulatedPaymentGateway(SimulatedPsp psp, Duration timeout, int retries, MeterRegistry registry) {
		this.psp = psp;
		this.timeout = timeout;
		this.retries = retries;
		this.failures = Counter.builder("foodmesh.payment.psp.failures")
			.description("PSP calls that got no answer (simulated or timed out); repeated with the same key")
			.register(registry);
	}

	@Override
	public Mono<PspDecision> authorize(IdempotencyKey key, PaymentDetails payment) {
		return call(Mono.defer(() -> psp.authorize(key, payment)));
	}

	@Override
	public Mono<Void> refund(IdempotencyKey key, PaymentDetails payment) {
		return call(Mono.defer(() -> psp.refund(key, payment)));
	}

	private <T> Mono<T> call(Mono<T> request) {
		return request.timeout(timeout)
			.onErrorMap(TimeoutException.class,
					timedOut -> new PspUnavailableException("PSP gave no answer within " + timeout, timedOut))
			.doOnError(PspUnavailableException.class, error -> failures.increment())
			.retryWhen(Retry.backoff(retries, FIRST_BACKOFF)
				.filter(PspUnavailableException.class::isInstance)
				.onRetryExhaustedThrow((spec, signal) -> signal.failure()))
			.checkpoint("psp-call");
	}

}

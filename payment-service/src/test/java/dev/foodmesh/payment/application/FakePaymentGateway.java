package dev.foodmesh.payment.application;

import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.PspDecision;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspSimulator;

/**
 * A PSP that decides like the simulator, records every call's key, and can be told to
 * give no answer.
 */
final class FakePaymentGateway implements PaymentGateway {

	private final AtomicInteger unansweredCalls = new AtomicInteger();

	private final List<IdempotencyKey> authorizations = new CopyOnWriteArrayList<>();

	private final List<IdempotencyKey> refunds = new CopyOnWriteArrayList<>();

	@Override
	public Mono<PspDecision> authorize(IdempotencyKey key, PaymentDetails payment) {
		return answer(key, authorizations).then(Mono.fromSupplier(() -> PspSimulator.decide(payment.token())));
	}

	@Override
	public Mono<Void> refund(IdempotencyKey key, PaymentDetails payment) {
		return answer(key, refunds);
	}

	void leaveUnanswered(int calls) {
		unansweredCalls.set(calls);
	}

	/** The keys of every authorisation call, answered or not. */
	List<IdempotencyKey> authorizations() {
		return authorizations;
	}

	/** The keys of every refund call, answered or not. */
	List<IdempotencyKey> refunds() {
		return refunds;
	}

	private Mono<Void> answer(IdempotencyKey key, List<IdempotencyKey> calls) {
		return Mono.defer(() -> {
			calls.add(key);
			return unansweredCalls.getAndUpdate(n -> Math.max(0, n - 1)) > 0
					? Mono.error(new PspUnavailableException("PSP down", new ConnectException("refused")))
					: Mono.empty();
		});
	}

}

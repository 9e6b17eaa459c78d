package dev.foodmesh.payment.application;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentChange;
import dev.foodmesh.payment.domain.PspDecision;

/**
 * Settles a reservation: makes its PSP call, outside any transaction, with the key of the
 * payment's operation, and records the answer (the payment's new state and its event) in
 * a transaction of its own. Settling the same reservation twice, or after a crash between
 * the call and the record, repeats the call under the same key, so the PSP answers it
 * without acting again; only the first record of an answer changes the payment, the row
 * lock and the state check turn the others into no-ops.
 */
public final class SettlePayment {

	private static final int RECOVERY_BATCH = 100;

	private final Payments payments;

	private final CancelledOrders cancelledOrders;

	private final PaymentGateway gateway;

	private final PaymentOutbox outbox;

	private final PaymentMetrics metrics;

	private final Transactions transactions;

	private final Clock clock;

	public SettlePayment(Payments payments, CancelledOrders cancelledOrders, PaymentGateway gateway,
			PaymentOutbox outbox, PaymentMetrics metrics, Transactions transactions, Clock clock) {
		this.payments = payments;
		this.cancelledOrders = cancelledOrders;
		this.gateway = gateway;
		this.outbox = outbox;
		this.metrics = metrics;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The payment as recorded after the PSP's answer; empty when the reservation had been
	 * settled meanwhile (by the recovery pass or another replica) or was not a
	 * reservation. An approval recorded with the reservation of its refund (the order was
	 * cancelled meanwhile) is settled on into the refund. Signals an error, and leaves
	 * the reservation for the recovery pass, when the PSP gives no answer or the record
	 * fails.
	 */
	public Mono<Payment> settle(Payment reserved) {
		return settleOnce(reserved)
			.flatMap(recorded -> recorded instanceof Payment.Refunding ? settle(recorded) : Mono.just(recorded));
	}

	private Mono<Payment> settleOnce(Payment reserved) {
		return switch (reserved) {
			case Payment.Pending pending ->
				gateway.authorize(IdempotencyKey.authorization(pending.orderId()), pending.details())
					.flatMap(decision -> record(pending, Payment.Pending.class,
							stillPending -> authorized(stillPending, decision)));
			case Payment.Refunding refunding ->
				gateway.refund(IdempotencyKey.refund(refunding.orderId()), refunding.details())
					.then(Mono.defer(() -> record(refunding, Payment.Refunding.class,
							stillRefunding -> Mono.just(stillRefunding.complete(clock.instant())))));
			case Payment.Authorized settled -> Mono.empty();
			case Payment.Declined settled -> Mono.empty();
			case Payment.Refunded settled -> Mono.empty();
		};
	}

	/**
	 * Reservations left unsettled for longer than {@code staleAfter}, oldest first, a
	 * batch at a time.
	 */
	public Flux<Payment> unsettled(Duration staleAfter) {
		return payments.findUnsettled(clock.instant().minus(staleAfter), RECOVERY_BATCH);
	}

	private <R extends Payment> Mono<Payment> record(Payment reserved, Class<R> state,
			Function<R, Mono<PaymentChange.Changed>> answer) {
		return transactions.requiresNew(payments.lockByOrderId(reserved.orderId())
			.filter(state::isInstance)
			.map(state::cast)
			.flatMap(answer)
			.flatMap(this::store));
	}

	/**
	 * An approval for an order cancelled while the PSP was deciding is recorded with the
	 * reservation of its refund.
	 */
	private Mono<PaymentChange.Changed> authorized(Payment.Pending pending, PspDecision decision) {
		PaymentChange.Changed settled = pending.settle(decision);
		if (!(settled.next() instanceof Payment.Authorized authorized)) {
			return Mono.just(settled);
		}
		return cancelledOrders.contains(pending.orderId())
			.map(cancelled -> cancelled
					? new PaymentChange.Changed(authorized.startRefund(clock.instant()), settled.events()) : settled);
	}

	private Mono<Payment> store(PaymentChange.Changed changed) {
		return payments.update(changed.next())
			.then(outbox.append(changed.events()))
			.then(metrics.count(changed.events()))
			.thenReturn(changed.next());
	}

}

package dev.foodmesh.payment.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentChange;
import dev.foodmesh.payment.domain.PspDecision;

/**
 * Settles a reservation: makes its PSP call ({@link #ask}), outside any transaction, with
 * the key of the payment's operation, and records the answer (the payment's new state and
 * its event) in a transaction of its own ({@link #recordTogether}, {@link #record}),
 * which may record the answers of other reservations too. Settling the same reservation
 * twice, or after a crash between the call and the record, repeats the call under the
 * same key, so the PSP answers it without acting again; only the first record of an
 * answer changes the payment, the row lock and the state check turn the others into
 * no-ops.
 */
public final class SettlePayment {

	private static final int RECOVERY_BATCH = 100;

	private final Payments payments;

	private final CancelledOrders cancelledOrders;

	private final PreparePayments preparePayments;

	private final PaymentGateway gateway;

	private final PaymentOutbox outbox;

	private final PaymentMetrics metrics;

	private final Transactions transactions;

	private final Clock clock;

	public SettlePayment(Payments payments, CancelledOrders cancelledOrders, PreparePayments preparePayments,
			PaymentGateway gateway, PaymentOutbox outbox, PaymentMetrics metrics, Transactions transactions,
			Clock clock) {
		this.payments = payments;
		this.cancelledOrders = cancelledOrders;
		this.preparePayments = preparePayments;
		this.gateway = gateway;
		this.outbox = outbox;
		this.metrics = metrics;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * The payment as recorded after the PSP's answer, recorded alone; empty when the
	 * reservation had been settled meanwhile (by the recovery pass or another replica) or
	 * was not a reservation. An approval recorded with the reservation of its refund (the
	 * order was cancelled meanwhile) is settled on into the refund. Signals an error, and
	 * leaves the reservation for the recovery pass, when the PSP gives no answer or the
	 * record fails.
	 */
	public Mono<Payment> settle(Payment reserved) {
		return ask(reserved).flatMap(answered -> recordTogether(List.of(answered.orderId()), record(answered)))
			.flatMap(recorded -> recorded instanceof Payment.Refunding ? settle(recorded) : Mono.just(recorded));
	}

	/**
	 * Makes the reservation's PSP call; empty if it is not a reservation. Signals an
	 * error when the PSP gives no answer.
	 */
	public Mono<PspAnswered> ask(Payment reserved) {
		return switch (reserved) {
			case Payment.Pending pending ->
				gateway.authorize(IdempotencyKey.authorization(pending.orderId()), pending.details())
					.map(decision -> new PspAnswered.Authorization(pending, decision));
			case Payment.Refunding refunding ->
				gateway.refund(IdempotencyKey.refund(refunding.orderId()), refunding.details())
					.then(Mono.fromSupplier(() -> new PspAnswered.Refund(refunding)));
			case Payment.Authorized settled -> Mono.empty();
			case Payment.Declined settled -> Mono.empty();
			case Payment.Refunded settled -> Mono.empty();
		};
	}

	/**
	 * Runs {@code records} ({@link #record} of the answers for these orders) in a
	 * transaction of its own that locks the orders' payments and reads their
	 * cancellations with one statement each and writes the payments' next states with
	 * one, so several answers cost one transaction. A failure rolls all of them back.
	 */
	public <T> Mono<T> recordTogether(Collection<OrderId> orderIds, Mono<T> records) {
		return transactions.requiresNew(preparePayments.prepare(orderIds).then(records));
	}

	/**
	 * Records an answer inside {@link #recordTogether} for its order: the payment as
	 * recorded, empty when it was no longer the reservation answered. An approval for an
	 * order cancelled meanwhile is recorded with the reservation of its refund, which the
	 * caller settles after the commit.
	 */
	public Mono<Payment> record(PspAnswered answered) {
		return switch (answered) {
			case PspAnswered.Authorization authorization -> record(authorization, Payment.Pending.class,
					stillPending -> authorized(stillPending, authorization.decision()));
			case PspAnswered.Refund refund -> record(refund, Payment.Refunding.class,
					stillRefunding -> Mono.just(stillRefunding.complete(clock.instant())));
		};
	}

	/**
	 * Reservations left unsettled for longer than {@code staleAfter}, oldest first, a
	 * batch at a time.
	 */
	public Flux<Payment> unsettled(Duration staleAfter) {
		return payments.findUnsettled(clock.instant().minus(staleAfter), RECOVERY_BATCH);
	}

	private <R extends Payment> Mono<Payment> record(PspAnswered answered, Class<R> state,
			Function<R, Mono<PaymentChange.Changed>> answer) {
		return payments.lockByOrderId(answered.orderId())
			.filter(state::isInstance)
			.map(state::cast)
			.flatMap(answer)
			.flatMap(this::store);
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

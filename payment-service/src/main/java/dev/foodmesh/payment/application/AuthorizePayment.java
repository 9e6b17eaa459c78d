package dev.foodmesh.payment.application;

import java.time.Clock;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PaymentId;

/**
 * Reserves the authorisation of an order's total, exactly once per order. A repeated
 * request for the same order, whichever event carried it, finds the existing payment and
 * changes nothing; an order cancelled before it was paid is never charged. Only the
 * reservation ({@link Payment.Pending}) joins the caller's transaction: the PSP is called
 * after it commits, by {@link SettlePayment}, so rolling back or retrying the caller's
 * work never repeats a PSP call.
 */
public final class AuthorizePayment {

	private final Payments payments;

	private final CancelledOrders cancelledOrders;

	private final Settlements settlements;

	private final Transactions transactions;

	private final Clock clock;

	public AuthorizePayment(Payments payments, CancelledOrders cancelledOrders, Settlements settlements,
			Transactions transactions, Clock clock) {
		this.payments = payments;
		this.cancelledOrders = cancelledOrders;
		this.settlements = settlements;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<AuthorizePaymentResult> authorize(AuthorizePaymentCommand command) {
		return transactions.required(payments.findByOrderId(command.orderId())
			.<AuthorizePaymentResult>map(AuthorizePaymentResult.AlreadyProcessed::new)
			.switchIfEmpty(Mono.defer(() -> reserveUnlessCancelled(command))));
	}

	private Mono<AuthorizePaymentResult> reserveUnlessCancelled(AuthorizePaymentCommand command) {
		return cancelledOrders.contains(command.orderId())
			.flatMap(cancelled -> cancelled ? Mono.just(new AuthorizePaymentResult.OrderCancelled(command.orderId()))
					: reserve(command));
	}

	private Mono<AuthorizePaymentResult> reserve(AuthorizePaymentCommand command) {
		PaymentDetails details = command.toDetails(PaymentId.random(), clock.instant());
		Payment.Pending pending = Payment.reserve(details);
		return payments.add(pending)
			.then(transactions.afterCommit(settlements.submit(pending)))
			.thenReturn(new AuthorizePaymentResult.Reserved(pending));
	}

}

package dev.foodmesh.payment.application;

import java.time.Clock;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentChange;
import dev.foodmesh.payment.domain.PaymentRejection;

/**
 * Releases what is held for a cancelled order: the refund of an authorised payment is
 * reserved once, when the cancellation asks for it, and the PSP is asked after the
 * reservation commits ({@link SettlePayment}). The payment row is locked for the
 * transaction, so concurrent or repeated cancellations reserve at most one refund. A
 * cancellation that finds no payment, or one whose authorisation the PSP has not answered
 * yet, is remembered: the order is then never charged, or is refunded as soon as its
 * authorisation is recorded.
 */
public final class ReleasePayment {

	private final Payments payments;

	private final CancelledOrders cancelledOrders;

	private final Settlements settlements;

	private final Transactions transactions;

	private final Clock clock;

	public ReleasePayment(Payments payments, CancelledOrders cancelledOrders, Settlements settlements,
			Transactions transactions, Clock clock) {
		this.payments = payments;
		this.cancelledOrders = cancelledOrders;
		this.settlements = settlements;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Mono<ReleasePaymentResult> release(ReleasePaymentCommand command) {
		return transactions.required(payments.lockByOrderId(command.orderId())
			.flatMap(payment -> release(payment, command.refundRequested()))
			.switchIfEmpty(Mono.defer(() -> rememberCancellation(command.orderId()))));
	}

	private Mono<ReleasePaymentResult> release(Payment payment, boolean refundRequested) {
		if (!refundRequested) {
			return Mono.just(new ReleasePaymentResult.RefundNotRequested(payment));
		}
		return switch (payment.refund(clock.instant())) {
			case PaymentChange.Reserved(Payment refunding) -> reserveRefund(refunding);
			case PaymentChange.Changed unchanged -> Mono.just(new ReleasePaymentResult.AlreadyRefunded(payment));
			case PaymentChange.Rejected(var reason) when reason == PaymentRejection.AUTHORIZATION_PENDING ->
				cancelledOrders.add(payment.orderId(), clock.instant())
					.thenReturn(new ReleasePaymentResult.RefundAfterAuthorization(payment));
			case PaymentChange.Rejected(var reason) -> Mono.just(new ReleasePaymentResult.Rejected(payment, reason));
		};
	}

	private Mono<ReleasePaymentResult> reserveRefund(Payment refunding) {
		return payments.update(refunding)
			.then(transactions.afterCommit(settlements.submit(refunding)))
			.thenReturn(new ReleasePaymentResult.RefundReserved(refunding));
	}

	private Mono<ReleasePaymentResult> rememberCancellation(OrderId orderId) {
		return cancelledOrders.add(orderId, clock.instant()).thenReturn(new ReleasePaymentResult.NoPayment(orderId));
	}

}

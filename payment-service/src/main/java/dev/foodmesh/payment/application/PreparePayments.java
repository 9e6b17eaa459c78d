package dev.foodmesh.payment.application;

import java.util.Collection;

import reactor.core.publisher.Mono;

import dev.foodmesh.payment.domain.OrderId;

/**
 * Readies the current transaction for authorising and releasing the payments of several
 * orders, each maybe more than once: their payments are locked and read, and their
 * cancellations read, with one statement each now, and the payments reserved for them are
 * inserted with one statement just before the commit ({@link Payments#holdForUpdate},
 * {@link CancelledOrders#hold}). {@link AuthorizePayment} and {@link ReleasePayment} then
 * work on what is held, as they would on the tables.
 */
public final class PreparePayments {

	private final Payments payments;

	private final CancelledOrders cancelledOrders;

	private final Transactions transactions;

	public PreparePayments(Payments payments, CancelledOrders cancelledOrders, Transactions transactions) {
		this.payments = payments;
		this.cancelledOrders = cancelledOrders;
		this.transactions = transactions;
	}

	public Mono<Void> prepare(Collection<OrderId> orderIds) {
		return transactions.required(payments.holdForUpdate(orderIds).then(cancelledOrders.hold(orderIds)));
	}

}

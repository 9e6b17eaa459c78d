package dev.foodmesh.payment.persistence;

import java.time.Instant;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.stereotype.Repository;

import dev.foodmesh.payment.application.Payments;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;
import dev.foodmesh.payment.domain.PaymentId;

/**
 * Payments in Postgres. The table's unique {@code order_id} is the last line of defence
 * against charging an order twice: a second insert for the order fails and its
 * transaction rolls back.
 */
@Repository
class R2dbcPayments implements Payments {

	private final PaymentRowRepository rows;

	private final R2dbcEntityTemplate template;

	R2dbcPayments(PaymentRowRepository rows, R2dbcEntityTemplate template) {
		this.rows = rows;
		this.template = template;
	}

	@Override
	public Mono<Payment> findById(PaymentId id) {
		return rows.findById(id.value()).map(PaymentRow::toPayment);
	}

	@Override
	public Mono<Payment> findByOrderId(OrderId orderId) {
		return rows.findByOrderId(orderId.value()).map(PaymentRow::toPayment);
	}

	@Override
	public Mono<Payment> lockByOrderId(OrderId orderId) {
		return rows.lockByOrderId(orderId.value()).map(PaymentRow::toPayment);
	}

	@Override
	public Flux<Payment> findUnsettled(Instant changedBefore, int limit) {
		return rows.findUnsettled(changedBefore, limit).map(PaymentRow::toPayment);
	}

	@Override
	public Mono<Void> add(Payment payment) {
		// insert, not save: the id is assigned, so save would try an update of a row that
		// does not exist
		return template.insert(PaymentRow.of(payment))
			.onErrorMap(DuplicateKeyException.class, duplicate -> concurrentCharge(payment, duplicate))
			.checkpoint("payments.add")
			.then();
	}

	/**
	 * Another transaction charged the order first (two replicas during a rebalance):
	 * transient, so the event is retried and then finds that payment instead of being
	 * dead-lettered.
	 */
	private static ConcurrencyFailureException concurrentCharge(Payment payment, DuplicateKeyException duplicate) {
		return new ConcurrencyFailureException("Order " + payment.orderId() + " was charged concurrently", duplicate);
	}

	@Override
	public Mono<Void> update(Payment payment) {
		return template.update(PaymentRow.of(payment)).checkpoint("payments.update").then();
	}

}

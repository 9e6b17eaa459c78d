package dev.foodmesh.payment.persistence;

import java.time.Instant;
import java.util.UUID;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface PaymentRowRepository extends ReactiveCrudRepository<PaymentRow, UUID> {

	// written out: derived from the method name, Spring Data maps every column of the
	// select list as a property path and throws and catches an exception per column on
	// every call (3 % of payment-service's CPU, performance.md)
	@Query("SELECT * FROM payments WHERE order_id = :orderId")
	Mono<PaymentRow> findByOrderId(UUID orderId);

	@Query("SELECT * FROM payments WHERE order_id = :orderId FOR UPDATE")
	Mono<PaymentRow> lockByOrderId(UUID orderId);

	// one table, so a row this waited for is returned as the other transaction committed
	// it (the join that made order-service lock and read apart, reliability.md, is
	// absent)
	@Query("SELECT * FROM payments WHERE order_id = ANY(:orderIds) ORDER BY order_id FOR UPDATE")
	Flux<PaymentRow> lockAllByOrderId(UUID[] orderIds);

	// served by the partial index payments_unsettled (V2)
	@Query("SELECT * FROM payments WHERE status IN ('PENDING', 'REFUNDING') AND updated_at < :changedBefore"
			+ " ORDER BY updated_at LIMIT :limit")
	Flux<PaymentRow> findUnsettled(Instant changedBefore, int limit);

}

package dev.foodmesh.payment.persistence;

import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.data.r2dbc.repository.Query;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

interface PaymentRowRepository extends ReactiveCrudRepository<PaymentRow, UUID> {

    Mono<PaymentRow> findByOrderId(UUID orderId);

    @Query("SELECT * FROM payments WHERE order_id = :orderId FOR UPDATE")
    Mono<PaymentRow> lockByOrderId(UUID orderId);

}

package dev.foodmesh.payment.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.payment.application.AuthorizePayment;
import dev.foodmesh.payment.application.ReleasePayment;

/**
 * Applies {@code foodmesh.order.events.v1} to payments. {@code OrderCreated} authorises the order's total,
 * {@code OrderCancelled} releases what is held for the order, {@code OrderPaid} (order-service's answer to our own
 * authorisation) needs nothing. The kit delivers at least once, in order per order, inside a transaction that also
 * records the event id; both use cases are idempotent per order as well, so a redelivery, even one under a new
 * event id, never charges or refunds twice.
 */
@Component
class OrderEventsConsumer implements EventHandler<OrderIntegrationEvent> {

    private static final Logger log = LoggerFactory.getLogger(OrderEventsConsumer.class);

    private final AuthorizePayment authorizePayment;

    private final ReleasePayment releasePayment;

    OrderEventsConsumer(AuthorizePayment authorizePayment, ReleasePayment releasePayment) {
        this.authorizePayment = authorizePayment;
        this.releasePayment = releasePayment;
    }

    @Override
    public Mono<Void> handle(OrderIntegrationEvent event) {
        return switch (event) {
            case OrderCreatedEvent created -> Mono.fromCallable(() -> IntegrationEventMapper.toCommand(created))
                .flatMap(authorizePayment::authorize)
                .doOnNext(result -> logApplied(event, result))
                .then();
            case OrderCancelledEvent cancelled -> Mono.fromCallable(() -> IntegrationEventMapper.toCommand(cancelled))
                .flatMap(releasePayment::release)
                .doOnNext(result -> logApplied(event, result))
                .then();
            case OrderPaidEvent paid -> Mono.empty();
        };
    }

    private static void logApplied(IntegrationEvent event, Object result) {
        // the result's type names the outcome; its fields would put the card token in the log
        log.info("{} {} for order {}: {}", event.getClass().getSimpleName(), event.eventId(), event.orderId(),
                result.getClass().getSimpleName());
    }

}

package dev.foodmesh.payment.messaging;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

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
import dev.foodmesh.payment.application.AuthorizePaymentResult;
import dev.foodmesh.payment.application.PreparePayments;
import dev.foodmesh.payment.application.ReleasePayment;
import dev.foodmesh.payment.application.ReleasePaymentResult;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentStatus;

/**
 * Applies {@code foodmesh.order.events.v1} to payments. {@code OrderCreated} authorises
 * the order's total, {@code OrderCancelled} releases what is held for the order,
 * {@code OrderPaid} (order-service's answer to our own authorisation) needs nothing, so
 * it is {@linkplain #ignores ignored}. The kit delivers at least once, in order per
 * order, inside a transaction that also records the event id; in that transaction the use
 * cases only reserve the PSP call, which is made after the commit (SettlePayment), so a
 * rolled-back or retried batch never repeats one. Both use cases are idempotent per order
 * as well, so a redelivery, even one under a new event id, never reserves a second charge
 * or refund.
 */
@Component
class OrderEventsConsumer implements EventHandler<OrderIntegrationEvent> {

	private static final Logger log = LoggerFactory.getLogger(OrderEventsConsumer.class);

	private final AuthorizePayment authorizePayment;

	private final ReleasePayment releasePayment;

	private final PreparePayments preparePayments;

	OrderEventsConsumer(AuthorizePayment authorizePayment, ReleasePayment releasePayment,
			PreparePayments preparePayments) {
		this.authorizePayment = authorizePayment;
		this.releasePayment = releasePayment;
		this.preparePayments = preparePayments;
	}

	/**
	 * Reads the payments and cancellations of the batch's orders with one statement each,
	 * and has the payments it reserves inserted with one, before the commit. An event
	 * without an order id is left to {@link #handle}, which dead-letters it.
	 */
	@Override
	public Mono<Void> prepare(List<? extends OrderIntegrationEvent> events) {
		return preparePayments.prepare(events.stream()
			.map(IntegrationEvent::orderId)
			.filter(Objects::nonNull)
			.distinct()
			.map(OrderId::new)
			.toList());
	}

	@Override
	public Mono<Void> handle(OrderIntegrationEvent event) {
		return switch (event) {
			case OrderCreatedEvent created ->
				apply(created, () -> IntegrationEventMapper.toCommand(created), authorizePayment::authorize);
			case OrderCancelledEvent cancelled ->
				apply(cancelled, () -> IntegrationEventMapper.toCommand(cancelled), releasePayment::release);
			// ignored (see ignores), so the kit does not call us with it; nothing to do
			case OrderPaidEvent paid -> Mono.empty();
		};
	}

	/**
	 * {@code OrderPaid} needs nothing: the kit acknowledges it without a transaction or a
	 * {@code processed_events} row.
	 */
	@Override
	public boolean ignores(OrderIntegrationEvent event) {
		return event instanceof OrderPaidEvent;
	}

	/**
	 * Maps lazily, so an invalid event is an error signal (dead letter), not a throw from
	 * {@link #handle}.
	 */
	private <C> Mono<Void> apply(IntegrationEvent event, Callable<C> command, Function<C, Mono<?>> useCase) {
		return Mono.fromCallable(command).flatMap(useCase).doOnNext(result -> logApplied(event, result)).then();
	}

	// one line per outcome, in the record's trace; never the result's fields, which would
	// put the card token in it
	private static void logApplied(IntegrationEvent event, Object result) {
		String outcome = outcome(result);
		log.atInfo()
			.addKeyValue("orderId", event.orderId().toString())
			.addKeyValue("eventId", event.eventId().toString())
			.addKeyValue("outcome", outcome)
			.log("Payment of order {}: {} ({} {})", event.orderId(), outcome, event.getClass().getSimpleName(),
					event.eventId());
	}

	private static String outcome(Object result) {
		return switch (result) {
			case AuthorizePaymentResult.Reserved reserved -> PaymentStatus.PENDING.name();
			case ReleasePaymentResult.RefundReserved reserved -> PaymentStatus.REFUNDING.name();
			default -> result.getClass().getSimpleName();
		};
	}

}

package dev.foodmesh.delivery.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.delivery.application.ConfirmRelease;
import dev.foodmesh.delivery.application.MoveDelivery;
import dev.foodmesh.delivery.application.OrderTrace;
import dev.foodmesh.delivery.application.ScheduleDelivery;
import dev.foodmesh.delivery.application.ScheduleDeliveryCommand;
import dev.foodmesh.delivery.domain.Delivery;
import dev.foodmesh.delivery.domain.DeliveryResult;
import dev.foodmesh.delivery.domain.OrderId;
import dev.foodmesh.delivery.domain.ReleaseAnswer;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.envelope.TraceParent;

/**
 * Consumes {@code foodmesh.order.events.v1}. {@code OrderPaid} schedules the order's
 * delivery (a courier now, or after a wait); {@code OrderCancelled} releases whatever the
 * delivery holds, and answers {@code DeliveryReleased} or {@code DeliveryReleaseRefused}
 * when the order asks for a confirmation; {@code OrderCreated} is not ours and is
 * {@linkplain #ignores ignored}.
 * <p>
 * The kit delivers at least once, one order's events in order, each inside a transaction
 * that also records the event id; the use cases join it. A second {@code OrderPaid} for
 * the same order, even under a new event id, finds the order's delivery and changes
 * nothing.
 * <p>
 * A batch's {@code OrderPaid} events are {@linkplain #prepare prepared} together, so the
 * batch reads its orders, locks their couriers and writes its deliveries with one
 * statement each, however many orders it holds ({@code SchedulingHold}).
 */
@Component
class OrderEventsConsumer implements EventHandler<OrderIntegrationEvent> {

	private static final Logger logger = LoggerFactory.getLogger(OrderEventsConsumer.class);

	private final ScheduleDelivery scheduleDelivery;

	private final MoveDelivery moveDelivery;

	private final ConfirmRelease confirmRelease;

	OrderEventsConsumer(ScheduleDelivery scheduleDelivery, MoveDelivery moveDelivery, ConfirmRelease confirmRelease) {
		this.scheduleDelivery = scheduleDelivery;
		this.moveDelivery = moveDelivery;
		this.confirmRelease = confirmRelease;
	}

	@Override
	public Mono<Void> prepare(List<? extends OrderIntegrationEvent> events) {
		List<ScheduleDeliveryCommand> paid = events.stream()
			.filter(OrderPaidEvent.class::isInstance)
			.map(OrderPaidEvent.class::cast)
			.filter(OrderEventsConsumer::hasCity)
			.map(payment -> new ScheduleDeliveryCommand(new OrderId(payment.orderId()), payment.restaurantCity()))
			.toList();
		return paid.isEmpty() ? Mono.empty() : scheduleDelivery.prepare(paid);
	}

	@Override
	public Mono<Void> handle(OrderIntegrationEvent event) {
		return switch (event) {
			case OrderPaidEvent paid -> schedule(paid);
			case OrderCancelledEvent cancelled -> release(cancelled);
			// ignored (see ignores), so the kit does not call us with it; nothing to do
			case OrderCreatedEvent created -> Mono.empty();
		};
	}

	/**
	 * {@code OrderCreated} is not ours: the kit acknowledges it without a transaction or
	 * a {@code processed_events} row.
	 */
	@Override
	public boolean ignores(OrderIntegrationEvent event) {
		return event instanceof OrderCreatedEvent;
	}

	private static boolean hasCity(OrderPaidEvent paid) {
		return paid.restaurantCity() != null && !paid.restaurantCity().isBlank();
	}

	// the delivery keeps the order's trace (the record's), for what the courier-wait
	// scan and the simulator emit later
	private Mono<Void> schedule(OrderPaidEvent paid) {
		if (!hasCity(paid)) {
			return Mono.error(() -> new InvalidEventException("OrderPaid " + paid.eventId() + " lacks restaurantCity"));
		}
		return Traces.current()
			.map(trace -> new ScheduleDeliveryCommand(new OrderId(paid.orderId()), paid.restaurantCity(),
					trace.map(OrderEventsConsumer::orderTrace)))
			.flatMap(scheduleDelivery::schedule)
			.doOnNext(result -> logScheduled(paid, result))
			.switchIfEmpty(Mono.fromRunnable(() -> logCancelled(paid)))
			.then();
	}

	private static OrderTrace orderTrace(TraceParent trace) {
		return new OrderTrace(trace.traceparent(), trace.tracestate());
	}

	// one line per outcome, in the record's trace: a courier now, waiting for one, or
	// already scheduled before
	private static void logScheduled(OrderPaidEvent paid, DeliveryResult result) {
		String outcome = switch (result) {
			case DeliveryResult.Changed changed when changed.isNoOp() ->
				"already scheduled, " + changed.delivery().status();
			case DeliveryResult.Changed(Delivery.Assigned assigned, var events) ->
				"courier " + assigned.courierId() + " assigned";
			case DeliveryResult.Changed(Delivery.Unassigned unassigned, var events) -> "waiting for a courier";
			case DeliveryResult.Changed changed -> changed.delivery().status().name();
			case DeliveryResult.Rejected rejected -> "refused: " + rejected.reason().message();
		};
		logger.atInfo()
			.addKeyValue("orderId", paid.orderId().toString())
			.addKeyValue("eventId", paid.eventId().toString())
			.addKeyValue("city", paid.restaurantCity())
			.log("Delivery of order {} in {}: {} (event {})", paid.orderId(), paid.restaurantCity(), outcome,
					paid.eventId());
	}

	private static void logCancelled(OrderPaidEvent paid) {
		logger.atWarn()
			.addKeyValue("orderId", paid.orderId().toString())
			.addKeyValue("eventId", paid.eventId().toString())
			.log("Order {} was paid after it was cancelled (a redriven event?): no delivery (event {})", paid.orderId(),
					paid.eventId());
	}

	private Mono<Void> release(OrderCancelledEvent cancelled) {
		logger.info("Releasing delivery of cancelled order {} (event {})", cancelled.orderId(), cancelled.eventId());
		OrderId orderId = new OrderId(cancelled.orderId());
		if (cancelled.releaseConfirmationRequested()) {
			return confirmRelease.confirm(orderId).doOnNext(answer -> logAnswer(cancelled, answer)).then();
		}
		return moveDelivery.release(orderId).doOnNext(result -> logRejection(cancelled, result)).then();
	}

	private static void logAnswer(OrderCancelledEvent cancelled, ReleaseAnswer answer) {
		if (answer instanceof ReleaseAnswer.Refused refused) {
			logger.atInfo()
				.addKeyValue("orderId", cancelled.orderId().toString())
				.log("Order {} cancelled too late, cancellation refused: delivery {} is {}", cancelled.orderId(),
						refused.deliveryId(), refused.status());
		}
	}

	// An order that did not ask for a confirmation (a NO_COURIER cancellation, or one
	// from before the confirmation existed) is settled without us: a refusal can only be
	// logged.
	private static void logRejection(OrderCancelledEvent cancelled, DeliveryResult result) {
		if (result instanceof DeliveryResult.Rejected rejected) {
			logger.warn("Order {} cancelled too late: {}", cancelled.orderId(), rejected.reason().message());
		}
	}

}

package dev.foodmesh.order.messaging;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.events.delivery.DeliveryCompletedEvent;
import dev.foodmesh.events.delivery.DeliveryFailedEvent;
import dev.foodmesh.events.delivery.DeliveryIntegrationEvent;
import dev.foodmesh.events.delivery.DeliveryPickedUpEvent;
import dev.foodmesh.events.delivery.DeliveryReleaseRefusedEvent;
import dev.foodmesh.events.delivery.DeliveryReleasedEvent;
import dev.foodmesh.events.delivery.DeliveryScheduledEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.order.application.AdvanceOrder;
import dev.foodmesh.order.domain.Courier;
import dev.foodmesh.order.domain.CourierAssignment;
import dev.foodmesh.order.domain.CourierId;
import dev.foodmesh.order.domain.OrderCommand;
import dev.foodmesh.order.domain.Trigger;

/**
 * Delivery progress on {@code foodmesh.delivery.events.v1}, at least once and in order
 * per order; the kit skips redeliveries and runs each call in the transaction that
 * records the event as processed. Scheduled → DELIVERY_SCHEDULED with courier and ETA;
 * failed (NO_COURIER) → CANCELLATION_PENDING and a refund request; picked up → PICKED_UP;
 * completed → DELIVERED. The answers to a cancellation that asked for the release:
 * released → the refund is requested; refused (the courier has the food) → the order
 * resumes at PICKED_UP or DELIVERED.
 */
@Component
class DeliveryEventsConsumer implements EventHandler<DeliveryIntegrationEvent> {

	static final String NO_COURIER = "NO_COURIER";

	private static final Logger logger = LoggerFactory.getLogger(DeliveryEventsConsumer.class);

	private final SagaReplies replies;

	DeliveryEventsConsumer(AdvanceOrder advanceOrder) {
		this.replies = new SagaReplies(advanceOrder);
	}

	@Override
	public Mono<Void> prepare(List<? extends DeliveryIntegrationEvent> events) {
		return this.replies.prepare(events);
	}

	@Override
	public Mono<Void> handle(DeliveryIntegrationEvent event) {
		logger.debug("Applying {} {} to order {}", event.getClass().getSimpleName(), event.eventId(), event.orderId());
		return Mono.fromCallable(() -> command(event)).flatMap((command) -> this.replies.apply(event, command));
	}

	private static OrderCommand command(DeliveryIntegrationEvent event) {
		return switch (event) {
			case DeliveryScheduledEvent scheduled -> new OrderCommand.AssignCourier(
					new CourierAssignment(new Courier(new CourierId(scheduled.courierId()), scheduled.courierName()),
							scheduled.estimatedDeliveryAt()));
			case DeliveryFailedEvent failed -> noCourier(failed);
			case DeliveryPickedUpEvent pickedUp -> new OrderCommand.Signal(Trigger.PICKED_UP);
			case DeliveryCompletedEvent completed -> new OrderCommand.Signal(Trigger.DELIVERED);
			case DeliveryReleasedEvent released -> new OrderCommand.Signal(Trigger.DELIVERY_RELEASED);
			case DeliveryReleaseRefusedEvent refused -> cancelRefused(refused);
		};
	}

	private static OrderCommand cancelRefused(DeliveryReleaseRefusedEvent refused) {
		return switch (refused.deliveryStatus()) {
			case "PICKED_UP" -> new OrderCommand.Signal(Trigger.CANCEL_REFUSED_PICKED_UP);
			case "COMPLETED" -> new OrderCommand.Signal(Trigger.CANCEL_REFUSED_DELIVERED);
			default -> throw new InvalidEventException(
					"event " + refused.eventId() + " has unknown delivery status " + refused.deliveryStatus());
		};
	}

	private static OrderCommand noCourier(DeliveryFailedEvent failed) {
		if (!NO_COURIER.equals(failed.reason())) {
			throw new InvalidEventException("event " + failed.eventId() + " has unknown reason " + failed.reason());
		}
		return new OrderCommand.Signal(Trigger.NO_COURIER);
	}

}

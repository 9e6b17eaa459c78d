package dev.foodmesh.order.it;

import java.util.List;
import java.util.UUID;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.order.OrderCancelledEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A customer cancels a paid order while the courier may already have the food (review
 * E1): order-service refunds only once delivery-service confirms the release, and resumes
 * the delivery, charged, when it refuses.
 */
class CancelRacingPickupIT extends OrderServiceITSupport {

	@Test
	void shouldRequestTheRefundOnlyOnceDeliveryConfirmedTheRelease() {
		UUID id = scheduledOrder();
		Replies replies = new Replies(id);

		cancel(id);

		assertThat(get(id).status()).isEqualTo("CANCELLATION_PENDING");
		assertThat(cancelledEvents(id)).singleElement()
			.satisfies((asked) -> assertThat(asked.refundRequested()).isFalse())
			.satisfies((asked) -> assertThat(asked.releaseConfirmationRequested()).isTrue());
		var released = replies.released();
		var againUnderANewId = replies.released();
		publish(released, DELIVERY);
		publish(released, DELIVERY);
		publish(againUnderANewId, DELIVERY);
		awaitProcessed(released, againUnderANewId);
		publish(replies.refunded(), PAYMENT);
		OrderJson cancelled = awaitStatus(id, "CANCELLED");
		assertThat(cancelled.cancellationReason()).isEqualTo("CUSTOMER_CANCELLED");
		assertThat(cancelled.history()).extracting(OrderJson.Entry::status, OrderJson.Entry::reason)
			.endsWith(Tuple.tuple("CANCELLATION_PENDING", "CUSTOMER_CANCELLED"),
					Tuple.tuple("CANCELLATION_PENDING", "DELIVERY_RELEASED"),
					Tuple.tuple("CANCELLED", "CUSTOMER_CANCELLED"));
		assertThat(cancelledEvents(id)).extracting(OrderCancelledEvent::refundRequested).containsExactly(false, true);
	}

	@Test
	void shouldIgnoreAReleaseConfirmedForAnOrderAlreadySettled() {
		UUID id = scheduledOrder();
		Replies replies = new Replies(id);
		cancel(id);
		var released = replies.released();
		publish(released, DELIVERY);
		// the refund answers the cancellation the release leads to, as payment-service's
		// would; published at once, it could overtake the release on its own topic
		awaitProcessed(released);
		publish(replies.refunded(), PAYMENT);
		OrderJson cancelled = awaitStatus(id, "CANCELLED");

		var late = replies.released();
		publish(late, DELIVERY);

		// processed, not dead-lettered: the kit records an event only in the transaction
		// that applied it
		awaitProcessed(late);
		assertThat(get(id)).isEqualTo(cancelled);
		assertThat(cancelledEvents(id)).hasSize(2);
	}

	@Test
	void shouldKeepTheChargeAndResumeWhenDeliveryRefusesBecauseTheCourierHasTheFood() {
		UUID id = scheduledOrder();
		Replies replies = new Replies(id);
		cancel(id);

		// the pickup committed in delivery-service before the cancel reached it: its news
		// comes first
		publish(replies.pickedUp(), DELIVERY);
		var refused = replies.releaseRefused("PICKED_UP");
		var againUnderANewId = replies.releaseRefused("PICKED_UP");
		publish(refused, DELIVERY);
		publish(refused, DELIVERY);
		publish(againUnderANewId, DELIVERY);
		awaitProcessed(refused, againUnderANewId);

		OrderJson resumed = get(id);
		assertThat(resumed.status()).isEqualTo("PICKED_UP");
		assertThat(resumed.cancellationReason()).isNull();
		assertThat(resumed.history()).extracting(OrderJson.Entry::status, OrderJson.Entry::reason)
			.endsWith(Tuple.tuple("CANCELLATION_PENDING", "CUSTOMER_CANCELLED"),
					Tuple.tuple("PICKED_UP", "CANCEL_REFUSED_PICKED_UP"));
		publish(replies.completed(), DELIVERY);
		assertThat(awaitStatus(id, "DELIVERED").statuses()).containsExactly("PAYMENT_PENDING", "PAID",
				"DELIVERY_SCHEDULED", "CANCELLATION_PENDING", "PICKED_UP", "DELIVERED");
		assertThat(cancelledEvents(id)).singleElement()
			.satisfies((asked) -> assertThat(asked.refundRequested()).isFalse());
	}

	@Test
	void shouldSettleAsDeliveredWhenDeliveryRefusesAfterTheFoodArrived() {
		UUID id = scheduledOrder();
		Replies replies = new Replies(id);
		cancel(id);

		publish(replies.pickedUp(), DELIVERY);
		publish(replies.completed(), DELIVERY);
		publish(replies.releaseRefused("COMPLETED"), DELIVERY);

		OrderJson delivered = awaitStatus(id, "DELIVERED");
		assertThat(delivered.history().getLast().reason()).isEqualTo("CANCEL_REFUSED_DELIVERED");
		assertThat(cancelledEvents(id)).singleElement()
			.satisfies((asked) -> assertThat(asked.refundRequested()).isFalse());
	}

	private void cancel(UUID id) {
		ownerOf(id).post().uri("/orders/{id}/cancel", id).exchange().expectStatus().isOk();
	}

	private static void publish(IntegrationEvent event, String source) {
		TOPICS.publish(event, source);
	}

	private void awaitProcessed(IntegrationEvent... events) {
		for (IntegrationEvent event : events) {
			await("event " + event.eventId() + " processed").until(() -> processed(event));
		}
	}

	private boolean processed(IntegrationEvent event) {
		return count("select count(*) from processed_events where event_id = :id", event.eventId()) == 1L;
	}

	private List<OrderCancelledEvent> cancelledEvents(UUID id) {
		return OutboxRows.cancellations(this.db, id);
	}

	private long count(String sql, UUID id) {
		return this.db.sql(sql).bind("id", id).map((row) -> row.get(0, Long.class)).one().block();
	}

}

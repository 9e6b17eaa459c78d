package dev.foodmesh.order.it;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import dev.foodmesh.events.Topics;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.testsupport.BlockHoundCanary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The saga as order-service lives it: replies published on the real topics, the order
 * advancing in Postgres.
 */
class OrderSagaIT extends OrderServiceITSupport implements BlockHoundCanary {

	@Test
	void shouldAdvanceToDeliveredWhileTheStatusStreamShowsEveryStep() throws Exception {
		UUID id = place();
		Replies replies = new Replies(id);
		List<String> streamed = new CopyOnWriteArrayList<>();
		CompletableFuture<Void> stream = statusStream(id, streamed);
		await().atMost(Duration.ofSeconds(30)).until(() -> !streamed.isEmpty());

		TOPICS.publish(replies.authorized(), PAYMENT);
		awaitStatus(id, "PAID");
		TOPICS.publish(replies.scheduled(), DELIVERY);
		assertThat(awaitStatus(id, "DELIVERY_SCHEDULED").courier().name()).isEqualTo("Ada");
		TOPICS.publish(replies.pickedUp(), DELIVERY);
		awaitStatus(id, "PICKED_UP");
		TOPICS.publish(replies.completed(), DELIVERY);

		stream.get(30, TimeUnit.SECONDS);
		assertThat(streamed).containsExactly("PAYMENT_PENDING", "PAID", "DELIVERY_SCHEDULED", "PICKED_UP", "DELIVERED");
		assertThat(get(id).status()).isEqualTo("DELIVERED");
		OrderPaidEvent paid = SagaTopics.event(orderEvent(id, "dev.foodmesh.order.paid.v1"), OrderPaidEvent.class);
		assertThat(paid.restaurantCity()).isEqualTo("Berlin");
		assertThat(paid.deliveryAddress().postalCode()).isEqualTo("10117");
		assertThat(prometheus()).contains("foodmesh_order_saga_stage_seconds_count{stage=\"placed_to_delivered\"}")
			.contains("foodmesh_order_saga_stage_seconds_count{stage=\"paid_to_courier_assigned\"}")
			.contains("foodmesh_order_terminal_total{reason=\"none\",status=\"DELIVERED\"}");
	}

	@Test
	void shouldCancelWithoutRefundWhenPaymentIsDeclined() {
		UUID id = place();

		TOPICS.publish(new Replies(id).declined(), PAYMENT);

		assertThat(awaitStatus(id, "CANCELLED").cancellationReason()).isEqualTo("PAYMENT_DECLINED");
		OrderCancelledEvent cancelled = cancelledEvent(id);
		assertThat(cancelled.reason()).isEqualTo("PAYMENT_DECLINED");
		assertThat(cancelled.refundRequested()).isFalse();
	}

	@Test
	void shouldAwaitTheRefundAndThenCancelWhenNoCourierIsFound() {
		UUID id = place();
		Replies replies = new Replies(id);
		TOPICS.publish(replies.authorized(), PAYMENT);
		awaitStatus(id, "PAID");

		TOPICS.publish(replies.noCourier(), DELIVERY);

		assertThat(awaitStatus(id, "CANCELLATION_PENDING").cancellationReason()).isEqualTo("NO_COURIER");
		OrderCancelledEvent cancelled = cancelledEvent(id);
		assertThat(cancelled.reason()).isEqualTo("NO_COURIER");
		assertThat(cancelled.refundRequested()).isTrue();
		TOPICS.publish(replies.refunded(), PAYMENT);
		assertThat(awaitStatus(id, "CANCELLED").statuses()).containsExactly("PAYMENT_PENDING", "PAID",
				"CANCELLATION_PENDING", "CANCELLED");
	}

	@Test
	void shouldTimeOutAnUnpaidOrderAndRecordTheRefundOfALateAuthorisation() {
		UUID id = place();
		Replies replies = new Replies(id);

		this.db.sql("UPDATE orders SET created_at = created_at - interval '1 hour' WHERE id = :id")
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.block();

		assertThat(awaitStatus(id, "CANCELLED").cancellationReason()).isEqualTo("PAYMENT_TIMEOUT");
		assertThat(cancelledEvent(id).refundRequested()).isTrue();
		TOPICS.publish(replies.authorized(), PAYMENT);
		TOPICS.publish(replies.refunded(), PAYMENT);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> get(id).history().getLast().reason(), "PAYMENT_REFUNDED"::equals);
		assertThat(get(id).statuses()).containsExactly("PAYMENT_PENDING", "CANCELLED", "CANCELLED");
	}

	@Test
	void shouldCancelAnUnpaidOrderAtOnceForTheCustomer() {
		UUID id = place();

		cancel(id).expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("CANCELLED")
			.jsonPath("$.cancellationReason")
			.isEqualTo("CUSTOMER_CANCELLED");
		assertThat(cancelledEvent(id).refundRequested()).isTrue();
	}

	@Test
	void shouldRefuseTheCustomersCancelOnceTheCourierHasTheOrder() {
		UUID id = place();
		Replies replies = new Replies(id);
		TOPICS.publish(replies.authorized(), PAYMENT);
		awaitStatus(id, "PAID");
		TOPICS.publish(replies.scheduled(), DELIVERY);
		TOPICS.publish(replies.pickedUp(), DELIVERY);
		awaitStatus(id, "PICKED_UP");

		cancel(id).expectStatus().isEqualTo(409);
	}

	@Test
	void shouldApplyAnEventDeliveredTwiceOnlyOnce() {
		UUID id = place();
		Replies replies = new Replies(id);
		var authorized = replies.authorized();
		var scheduled = replies.scheduled();

		TOPICS.publish(authorized, PAYMENT);
		TOPICS.publish(authorized, PAYMENT);
		awaitStatus(id, "PAID");
		TOPICS.publish(scheduled, DELIVERY);
		TOPICS.publish(scheduled, DELIVERY);
		TOPICS.publish(replies.pickedUp(), DELIVERY);

		assertThat(awaitStatus(id, "PICKED_UP").statuses()).containsExactly("PAYMENT_PENDING", "PAID",
				"DELIVERY_SCHEDULED", "PICKED_UP");
		assertThat(SagaTopics.records(Topics.ORDER_EVENTS, id, (found) -> found.size() >= 2))
			.extracting((record) -> SagaTopics.header(record, CloudEventHeaders.TYPE))
			.containsExactly("dev.foodmesh.order.created.v1", "dev.foodmesh.order.paid.v1");
	}

	@Test
	void shouldSendAnEventForAnUnknownOrderToTheDeadLetterTopic() {
		UUID unknown = UUID.randomUUID();

		TOPICS.publish(new Replies(unknown).authorized(), PAYMENT);

		assertThat(SagaTopics.records(Topics.deadLetterOf(Topics.PAYMENT_EVENTS), unknown, (found) -> !found.isEmpty()))
			.hasSize(1);
	}

	private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec cancel(UUID id) {
		return ownerOf(id).post().uri("/orders/{id}/cancel", id).exchange();
	}

	private OrderCancelledEvent cancelledEvent(UUID id) {
		return SagaTopics.event(orderEvent(id, "dev.foodmesh.order.cancelled.v1"), OrderCancelledEvent.class);
	}

	private static ConsumerRecord<String, byte[]> orderEvent(UUID id, String ceType) {
		return SagaTopics.records(Topics.ORDER_EVENTS, id, (found) -> found.stream().anyMatch((r) -> isType(r, ceType)))
			.stream()
			.filter((record) -> isType(record, ceType))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + ceType + " for order " + id));
	}

	private static boolean isType(ConsumerRecord<String, byte[]> record, String ceType) {
		return ceType.equals(SagaTopics.header(record, CloudEventHeaders.TYPE));
	}

}

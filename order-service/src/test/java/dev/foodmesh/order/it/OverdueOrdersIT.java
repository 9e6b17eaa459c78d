package dev.foodmesh.order.it;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.foodmesh.events.order.OrderCancelledEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every non-terminal status has a bound: the deadline pass (every 500 ms here) cancels an
 * order paid but never scheduled, asks delivery-service again when it leaves a release
 * unanswered, and counts every overdue order on {@code foodmesh_order_overdue}. Orders
 * are made overdue by moving their {@code status_since} a day back.
 */
class OverdueOrdersIT extends OrderServiceITSupport {

	@Test
	void shouldCancelAPaidOrderThatNeverGotACourierThroughDeliverysConfirmation() {
		UUID id = place();
		Replies replies = new Replies(id);
		TOPICS.publish(replies.authorized(), PAYMENT);
		awaitStatus(id, "PAID");

		backdate(id, "status_since");

		assertThat(awaitStatus(id, "CANCELLATION_PENDING").cancellationReason()).isEqualTo("DELIVERY_OVERDUE");
		assertThat(OutboxRows.cancellations(this.db, id)).singleElement()
			.satisfies((asked) -> assertThat(asked.releaseConfirmationRequested()).isTrue())
			.satisfies((asked) -> assertThat(asked.refundRequested()).isFalse());
		TOPICS.publish(replies.released(), DELIVERY);
		// the refund answers the cancellation the release leads to, as payment-service's
		// would; published at once, it could overtake the release on its own topic
		await().atMost(Duration.ofSeconds(30)).until(() -> OutboxRows.cancellations(this.db, id).size() == 2);
		TOPICS.publish(replies.refunded(), PAYMENT);
		assertThat(awaitStatus(id, "CANCELLED").cancellationReason()).isEqualTo("DELIVERY_OVERDUE");
		assertThat(OutboxRows.cancellations(this.db, id)).extracting(OrderCancelledEvent::refundRequested)
			.containsExactly(false, true);
	}

	@Test
	void shouldAskForTheReleaseAgainWhenDeliveryLeavesItUnanswered() {
		UUID id = scheduledOrder();
		ownerOf(id).post().uri("/orders/{id}/cancel", id).exchange().expectStatus().isOk();

		backdate(id, "status_since");
		backdate(id, "updated_at");

		List<OrderCancelledEvent> asked = await().until(() -> OutboxRows.cancellations(this.db, id),
				(found) -> found.size() == 2);
		assertThat(asked).allSatisfy((ask) -> assertThat(ask.releaseConfirmationRequested()).isTrue());
		assertThat(get(id).history().getLast())
			.isEqualTo(new OrderJson.Entry("CANCELLATION_PENDING", "RELEASE_OVERDUE"));
		TOPICS.publish(new Replies(id).released(), DELIVERY);
		await().until(() -> OutboxRows.cancellations(this.db, id), (found) -> found.size() == 3);
		assertThat(OutboxRows.cancellations(this.db, id).getLast().refundRequested()).isTrue();
	}

	@Test
	void shouldCountOrdersOverdueInTheirStatusOnTheGauge() {
		UUID id = scheduledOrder();

		backdate(id, "status_since");

		await().until(() -> overdue("DELIVERY_SCHEDULED") >= 1);
		assertThat(get(id).status()).as("a slow courier is counted, not cancelled").isEqualTo("DELIVERY_SCHEDULED");
		assertThat(prometheus()).contains("foodmesh_order_overdue{status=\"PAID\"}",
				"foodmesh_order_overdue{status=\"PICKED_UP\"}",
				"foodmesh_order_overdue{status=\"CANCELLATION_PENDING\"}");
	}

	// the column names are this test's constants
	private void backdate(UUID id, String column) {
		this.db.sql("update orders set " + column + " = " + column + " - interval '1 day' where id = :id")
			.bind("id", id)
			.fetch()
			.rowsUpdated()
			.block();
	}

	private double overdue(String status) {
		Matcher gauge = Pattern.compile("foodmesh_order_overdue\\{status=\"" + status + "\"} (\\S+)")
			.matcher(prometheus());
		return gauge.find() ? Double.parseDouble(gauge.group(1)) : -1;
	}

}

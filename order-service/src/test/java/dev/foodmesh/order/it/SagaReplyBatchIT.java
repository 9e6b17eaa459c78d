package dev.foodmesh.order.it;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.Topics;
import dev.foodmesh.messaging.consumer.EventConsumers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Replies that wait on a partition are applied as one batch: their orders are locked and
 * read once, and every change they make is written by one statement before the commit
 * (Orders.holdForUpdate). The replies are published while the consumers are stopped, so
 * that they are handed over together.
 */
class SagaReplyBatchIT extends OrderServiceITSupport {

	@Autowired
	EventConsumers consumers;

	@Test
	void shouldWriteEveryStepOfABatchOfRepliesWithOneStatementAndNotifyTheWatchers() {
		UUID id = place();
		Replies replies = new Replies(id);
		TOPICS.publish(replies.authorized(), PAYMENT);
		awaitStatus(id, "PAID");
		List<String> streamed = new CopyOnWriteArrayList<>();
		statusStream(id, streamed);
		await().until(() -> streamed.contains("PAID"));

		whileConsumersAreStopped(List.of(replies.scheduled(), replies.pickedUp(), replies.completed()));

		OrderJson delivered = awaitStatus(id, "DELIVERED");
		assertThat(delivered.statuses()).containsExactly("PAYMENT_PENDING", "PAID", "DELIVERY_SCHEDULED", "PICKED_UP",
				"DELIVERED");
		assertThat(delivered.courier().name()).isEqualTo("Ada");
		assertThat(statementsThatWroteHistory(id, 2)).as("statements that wrote the batch's three steps").isEqualTo(1);
		await().untilAsserted(() -> assertThat(streamed).as("the status stream, told by the batch's notification")
			.endsWith("DELIVERED"));
	}

	@Test
	void shouldKeepNothingOfABatchThatFailedAndApplyItsRepliesOneByOne() {
		UUID id = place();
		Replies replies = new Replies(id);
		TOPICS.publish(replies.authorized(), PAYMENT);
		awaitStatus(id, "PAID");
		var refused = replies.completed();

		whileConsumersAreStopped(List.of(replies.scheduled(), refused, replies.pickedUp()));

		assertThat(awaitStatus(id, "PICKED_UP").statuses()).containsExactly("PAYMENT_PENDING", "PAID",
				"DELIVERY_SCHEDULED", "PICKED_UP");
		assertThat(SagaTopics.records(Topics.deadLetterOf(Topics.DELIVERY_EVENTS), id, (found) -> !found.isEmpty()))
			.hasSize(1);
		assertThat(statementsThatWroteHistory(id, 2)).as("one transaction each after the batch failed").isEqualTo(2);
	}

	private void whileConsumersAreStopped(List<? extends IntegrationEvent> deliveryReplies) {
		AtomicBoolean stopped = new AtomicBoolean();
		this.consumers.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
		try {
			deliveryReplies.forEach((reply) -> TOPICS.publish(reply, DELIVERY));
		}
		finally {
			this.consumers.start();
		}
	}

	// rows one statement inserted share their transaction (xmin) and command (cmin)
	private int statementsThatWroteHistory(UUID id, int fromSeq) {
		return this.db
			.sql("select count(distinct (xmin::text, cmin::text)) as statements from order_history "
					+ "where order_id = :id and seq >= :from")
			.bind("id", id)
			.bind("from", fromSeq)
			.map((row) -> row.get("statements", Long.class))
			.one()
			.map(Long::intValue)
			.block();
	}

}

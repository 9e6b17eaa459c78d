package dev.foodmesh.payment;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.infra.FoodMeshTopics;
import dev.foodmesh.messaging.consumer.EventConsumers;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.psp.SimulatedPsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Order events that wait on a partition are applied as one batch: their orders' payments
 * and cancellations are read once, and the payments they reserve are inserted by one
 * statement before the commit (OrderEventsConsumer.prepare, Payments.holdForUpdate). The
 * PSP's answers for them are recorded together as well, their payments written by one
 * statement (SettlementWorker; the tests' batch window is wide enough for a busy
 * machine). The events are published while the consumers are stopped, for orders of one
 * partition, so that they are handed over together.
 */
class PaymentBatchIT extends PaymentServiceITSupport {

	@Autowired
	private EventConsumers consumers;

	@Autowired
	private SimulatedPsp psp;

	@Autowired
	private DatabaseClient db;

	private PaymentStatementLog inserts;

	private PaymentStatementLog updates;

	@BeforeEach
	void logStatements() {
		inserts = new PaymentStatementLog(db, "INSERT");
		updates = new PaymentStatementLog(db, "UPDATE");
	}

	@AfterEach
	void removeTheLogs() {
		inserts.remove();
		updates.remove();
	}

	@Test
	void shouldInsertTheBatchsPaymentsWithOneStatementAndRecordTheirAnswersWithOne() throws Exception {
		List<UUID> orders = ordersOfOnePartition(5);
		watch(orders);

		whileConsumersAreStopped(orders.stream().map(orderId -> OrderEvents.created(orderId, "tok_visa")));

		orders.forEach(orderId -> awaitRecords(orderId, AUTHORIZED, 1));
		for (UUID orderId : orders) {
			assertStaysAt(orderId, AUTHORIZED, 1);
			assertThat(psp.chargesOf(new OrderId(orderId))).isEqualTo(1);
		}
		assertThat(inserts.committedStatements(orders)).as("statements that inserted the five payments").isEqualTo(1);
		assertThat(inserts.triedStatements()).isEqualTo(1);
		assertThat(updates.committedStatements(orders)).as("statements that recorded the five answers").isEqualTo(1);
		assertThat(updates.triedStatements()).isEqualTo(1);
	}

	@Test
	void shouldRecordEachAnswerAloneWhenTheirBatchFailsAndLeaveOnlyTheFailedOneToTheRecoveryPass() throws Exception {
		List<UUID> orders = ordersOfOnePartition(4);
		UUID refused = orders.get(1);
		List<UUID> good = List.of(orders.get(0), orders.get(2), orders.get(3));
		watch(orders);
		updates.refuse(refused);

		whileConsumersAreStopped(orders.stream().map(orderId -> OrderEvents.created(orderId, "tok_visa")));

		good.forEach(orderId -> awaitRecords(orderId, AUTHORIZED, 1));
		assertThat(updates.committedStatements(good)).as("one statement per answer after their batch failed")
			.isEqualTo(3);
		assertStaysAt(refused, AUTHORIZED, 0);
		assertThat(updates.triedStatements()).as("the batch, each answer alone, the recovery pass's tries")
			.isGreaterThanOrEqualTo(5);

		updates.accept(refused);
		awaitRecords(refused, AUTHORIZED, 1);
		for (UUID orderId : orders) {
			assertStaysAt(orderId, AUTHORIZED, 1);
			assertThat(psp.chargesOf(new OrderId(orderId))).isEqualTo(1);
		}
	}

	@Test
	void shouldChangeNothingTwiceForRepeatedPaidOrCancelledOrdersInABatch() throws Exception {
		List<UUID> orders = ordersOfOnePartition(4);
		UUID paid = orders.get(0);
		UUID repeated = orders.get(1);
		UUID cancelled = orders.get(2);
		UUID fresh = orders.get(3);
		orderEvents.publish(OrderEvents.created(paid, "tok_visa"));
		awaitRecords(paid, AUTHORIZED, 1);
		watch(orders);
		OrderCreatedEvent created = OrderEvents.created(repeated, "tok_visa");

		whileConsumersAreStopped(Stream.of(OrderEvents.created(paid, "tok_visa"), created, created,
				OrderEvents.created(repeated, "tok_visa"), OrderEvents.cancelled(cancelled, "PAYMENT_TIMEOUT"),
				OrderEvents.created(cancelled, "tok_visa"), OrderEvents.created(fresh, "tok_visa")));

		awaitRecords(fresh, AUTHORIZED, 1);
		for (UUID orderId : List.of(paid, repeated, fresh)) {
			assertStaysAt(orderId, AUTHORIZED, 1);
			assertThat(psp.chargesOf(new OrderId(orderId))).isEqualTo(1);
			paymentsOf(orderId).jsonPath("$.items.length()").isEqualTo(1);
		}
		assertStaysAt(cancelled, AUTHORIZED, 0);
		paymentsOf(cancelled).json("{\"items\":[]}");
		assertThat(psp.chargesOf(new OrderId(cancelled))).isZero();
		assertThat(inserts.committedStatements(List.of(repeated, fresh)))
			.as("statements that inserted the two new payments")
			.isEqualTo(1);
		assertThat(inserts.triedStatements()).isEqualTo(1);
	}

	@Test
	void shouldTryNoInsertForAFailedBatchAndApplyItsGoodEventsOneByOne() throws Exception {
		List<UUID> orders = ordersOfOnePartition(4);
		UUID invalid = orders.get(2);
		List<UUID> good = List.of(orders.get(0), orders.get(1), orders.get(3));
		watch(orders);

		// the invalid event (a blank card token) fails the batch after two payments were
		// reserved in it
		whileConsumersAreStopped(Stream.of(OrderEvents.created(orders.get(0), "tok_visa"),
				OrderEvents.created(orders.get(1), "tok_visa"), OrderEvents.created(invalid, " "),
				OrderEvents.created(orders.get(3), "tok_visa")));

		good.forEach(orderId -> awaitRecords(orderId, AUTHORIZED, 1));
		for (UUID orderId : good) {
			assertStaysAt(orderId, AUTHORIZED, 1);
			assertThat(psp.chargesOf(new OrderId(orderId))).isEqualTo(1);
		}
		assertThat(deadLetters.recordsOf(invalid)).hasSize(1);
		paymentsOf(invalid).json("{\"items\":[]}");
		assertThat(inserts.committedStatements(good)).as("one statement per event after the batch failed").isEqualTo(3);
		assertThat(inserts.triedStatements()).as("statements tried, the failed batch's included").isEqualTo(3);
	}

	private void watch(List<UUID> orders) {
		inserts.install(orders);
		updates.install(orders);
	}

	private void whileConsumersAreStopped(Stream<? extends OrderIntegrationEvent> events) throws Exception {
		AtomicBoolean stopped = new AtomicBoolean();
		consumers.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
		try {
			orderEvents.publish(events.toArray(OrderIntegrationEvent[]::new));
		}
		finally {
			consumers.start();
		}
	}

	// the producer's partitioner: the key's murmur2 hash modulo the partitions
	private static List<UUID> ordersOfOnePartition(int count) {
		List<UUID> orders = new ArrayList<>();
		while (orders.size() < count) {
			UUID orderId = UUID.randomUUID();
			if (partition(orderId) == 0) {
				orders.add(orderId);
			}
		}
		return orders;
	}

	private static int partition(UUID orderId) {
		byte[] key = orderId.toString().getBytes(StandardCharsets.UTF_8);
		return Utils.toPositive(Utils.murmur2(key)) % FoodMeshTopics.DEFAULT_PARTITIONS;
	}

}

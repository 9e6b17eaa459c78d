package dev.foodmesh.delivery;

import static dev.foodmesh.delivery.DeliveryEventsProbe.header;
import static dev.foodmesh.delivery.persistence.CourierRoster.aCity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.delivery.domain.CourierId;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.messaging.consumer.EventConsumers;
import dev.foodmesh.testsupport.CloudEventRecords;

/**
 * {@code OrderPaid} events that wait on a partition are scheduled as one batch: their
 * orders are read and their couriers locked once, and every delivery is written, with its
 * order's trace and its courier, by one statement before the commit (SchedulingHold). The
 * events are published to one partition while the consumers are stopped, so that they are
 * handed over together.
 */
class OrderPaidBatchIT extends ServiceIntegrationTest {

	private final String city = aCity();

	@Autowired
	private EventConsumers consumers;

	@Autowired
	private DatabaseClient database;

	@Test
	void shouldScheduleABatchWithOneStatementADistinctCourierEachAndEachOrdersTrace() {
		Set<CourierId> hired = hireCouriers(4);
		List<UUID> orders = orders(4);
		Map<UUID, String> traces = orders.stream().collect(Collectors.toMap(Function.identity(), order -> aTrace()));

		whileConsumersAreStopped(orders.stream().map(order -> traced(paid(order, city), traces.get(order))).toList());

		await().atMost(SAGA_STEP).until(() -> deliveryEvents.count(orders, SCHEDULED) == orders.size());
		for (UUID order : orders) {
			ConsumerRecord<String, byte[]> scheduled = deliveryEvents.poll(order, SCHEDULED).getFirst();
			assertThat(traceId(header(scheduled, "traceparent"))).as("trace of the schedule of " + order)
				.isEqualTo(traceId(traces.get(order)));
		}
		assertThat(orders.stream()
			.map(order -> new CourierId(
					UUID.fromString(deliveryEvents.payload(deliveryEvents.poll(order, SCHEDULED).getFirst())
						.path("courierId")
						.asString())))
			.collect(Collectors.toSet())).isEqualTo(hired);
		assertThat(keptTraceIds(orders)).as("the trace each delivery keeps")
			.isEqualTo(orders.stream()
				.collect(Collectors.toMap(Function.identity(), order -> traceId(traces.get(order)))));
		assertThat(statementsThatWrote(orders)).as("statements that wrote the batch's deliveries").isEqualTo(1);
		assertThat(writtenWithTheirCourier(orders)).as("deliveries written by the statement that took their courier")
			.isEqualTo(orders.size());
		hired.forEach(courier -> assertThat(courierStatus(courier, city)).isEqualTo("BUSY"));
	}

	@Test
	void shouldLetTheOrdersOfABatchBeyondTheFreeCouriersWaitAndBookNoCourierTwice() {
		Set<CourierId> hired = hireCouriers(2);
		List<UUID> orders = orders(5);
		List<OrderPaidEvent> payments = orders.stream().map(order -> paid(order, city)).toList();

		whileConsumersAreStopped(payments.stream().map(payment -> traced(payment, aTrace())).toList());

		await().atMost(SAGA_STEP).until(() -> payments.stream().allMatch(payment -> processed(payment.eventId())));
		Map<String, Long> statuses = column(orders, "status");
		assertThat(statuses).containsOnlyKeys("ASSIGNED", "UNASSIGNED");
		assertThat(statuses).containsEntry("ASSIGNED", 2L).containsEntry("UNASSIGNED", 3L);
		assertThat(column(orders, "courier_id::text")).as("couriers, each once").isEqualTo(once(hired));
		assertThat(statementsThatWrote(orders)).as("statements that wrote the batch's deliveries").isEqualTo(1);
		await().atMost(SAGA_STEP).until(() -> deliveryEvents.count(orders, SCHEDULED) == 2);
	}

	@Test
	void shouldKeepNothingOfABatchThatFailedAndScheduleItsGoodOrdersOneByOne() {
		Set<CourierId> hired = hireCouriers(3);
		List<UUID> orders = orders(3);
		// no city: the handler refuses it, failing the batch after two orders were
		// handled
		OrderPaidEvent broken = paid(UUID.randomUUID(), " ");
		List<OrderPaidEvent> payments = orders.stream().map(order -> paid(order, city)).toList();

		whileConsumersAreStopped(List.of(traced(payments.get(0), aTrace()), traced(payments.get(1), aTrace()),
				traced(broken, aTrace()), traced(payments.get(2), aTrace())));

		await().atMost(SAGA_STEP).until(() -> deliveryEvents.count(orders, SCHEDULED) == orders.size());
		await().atMost(SAGA_STEP).until(() -> payments.stream().allMatch(payment -> processed(payment.eventId())));
		assertThat(processed(broken.eventId())).isFalse();
		assertThat(column(orders, "courier_id::text")).as("couriers, each once").isEqualTo(once(hired));
		assertThat(statementsThatWrote(orders)).as("one transaction each after the batch failed")
			.isEqualTo(orders.size());
		assertThat(writtenWithTheirCourier(orders)).as("each held on its own: delivery and courier in one statement")
			.isEqualTo(orders.size());
		orders
			.forEach(order -> assertThat(deliveryEvents.poll(order, SCHEDULED)).as("schedules of " + order).hasSize(1));
	}

	private Set<CourierId> hireCouriers(int count) {
		return IntStream.range(0, count)
			.mapToObj(i -> hire("Courier " + i, city, Duration.ofMinutes(10 + i)))
			.collect(Collectors.toSet());
	}

	private static Map<String, Long> once(Set<CourierId> couriers) {
		return couriers.stream().collect(Collectors.toMap(CourierId::toString, courier -> 1L));
	}

	private static List<UUID> orders(int count) {
		return IntStream.range(0, count).mapToObj(i -> UUID.randomUUID()).toList();
	}

	// one partition, so that the consumer gets every record in one batch
	private static ProducerRecord<String, byte[]> traced(OrderPaidEvent payment, String traceparent) {
		ProducerRecord<String, byte[]> record = orderEvents.recordOf(payment);
		return CloudEventRecords.header(
				new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers()), "traceparent",
				traceparent);
	}

	private void whileConsumersAreStopped(List<ProducerRecord<String, byte[]>> records) {
		AtomicBoolean stopped = new AtomicBoolean();
		consumers.stop(() -> stopped.set(true));
		await().untilTrue(stopped);
		try {
			records.forEach(orderEvents::send);
		}
		finally {
			consumers.start();
		}
	}

	private static String aTrace() {
		HexFormat hex = HexFormat.of();
		byte[] traceId = new byte[16];
		byte[] spanId = new byte[8];
		ThreadLocalRandom.current().nextBytes(traceId);
		ThreadLocalRandom.current().nextBytes(spanId);
		return "00-" + hex.formatHex(traceId) + "-" + hex.formatHex(spanId) + "-01";
	}

	private static String traceId(String traceparent) {
		return traceparent.split("-")[1];
	}

	private Map<UUID, String> keptTraceIds(List<UUID> orders) {
		return database.sql("select order_id, traceparent from deliveries where order_id = any(:orders)")
			.bind("orders", orders.toArray(UUID[]::new))
			.map(row -> Map.entry(row.get("order_id", UUID.class), traceId(row.get("traceparent", String.class))))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

	// how many of the orders' deliveries have each value of the column
	private Map<String, Long> column(List<UUID> orders, String column) {
		return database
			.sql("select " + column + " as value, count(*) as n from deliveries where order_id = any(:orders) " + "and "
					+ column + " is not null group by 1")
			.bind("orders", orders.toArray(UUID[]::new))
			.map(row -> Map.entry(row.get("value", String.class), row.get("n", Long.class)))
			.all()
			.collectMap(Map.Entry::getKey, Map.Entry::getValue)
			.block();
	}

}

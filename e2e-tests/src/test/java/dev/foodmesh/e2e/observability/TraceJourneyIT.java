package dev.foodmesh.e2e.observability;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.Http;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.KafkaProbe;
import dev.foodmesh.e2e.support.OrderRequest;
import dev.foodmesh.e2e.support.OtlpReceiver.ReceivedSpan;
import dev.foodmesh.e2e.support.OtlpReceiver;
import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.DevIssuer;

import static dev.foodmesh.e2e.support.OrderRequest.brezelInMunich;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static dev.foodmesh.infra.FoodMeshService.ORDER;
import static io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_CLIENT;
import static io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_CONSUMER;
import static io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_PRODUCER;
import static io.opentelemetry.proto.trace.v1.Span.SpanKind.SPAN_KIND_SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4, points 1 and 2: every service runs with the real OpenTelemetry agent,
 * exporting OTLP to a receiver in this JVM ({@link OtlpReceiver}); an order placed with a
 * known {@code traceparent} is followed through its spans. Each Kafka hop must be a
 * parent link: the consumer's process span is a child of the producer's publish span (not
 * a span link), and the producer's publish span descends from the work that wrote the
 * event.
 */
@JourneyTest
@Order(6)
class TraceJourneyIT extends Journey {

	private static final String ORDER_EVENTS = Topics.ORDER_EVENTS;

	private static final String PAYMENT_EVENTS = Topics.PAYMENT_EVENTS;

	private static final String DELIVERY_EVENTS = Topics.DELIVERY_EVENTS;

	private final OtlpReceiver traces;

	TraceJourneyIT(Fleet fleet) {
		super(fleet);
		this.traces = fleet.traces();
	}

	@Test
	void shouldCarryADeliveredOrderFromPostOrdersThroughTheOutboxRelayIntoItsConsumersAsParentLinks() {
		assertFirstHopOfOneTree(pizzaInBerlin(), DELIVERED);
	}

	@Test
	void shouldCarryARefundedOrderFromPostOrdersThroughTheOutboxRelayIntoItsConsumersAsParentLinks() {
		assertFirstHopOfOneTree(brezelInMunich(), CANCELLED);
	}

	/**
	 * What holds today: POST /orders with its lookups, the relay's publish as a child of
	 * the request that wrote the row, and the process spans of payment- and
	 * delivery-service as children of that publish, in one tree.
	 */
	private void assertFirstHopOfOneTree(OrderRequest order, String terminalStatus) {
		Caller caller = new Caller();
		UUID orderId = place(order, caller);
		this.foodMesh.awaitStatus(orderId, terminalStatus);

		Trace trace = awaitTrace(caller.traceId(),
				(t) -> !t.hops("order-service", ORDER_EVENTS, "payment-service").isEmpty()
						&& !t.hops("order-service", ORDER_EVENTS, "delivery-service").isEmpty());

		assertHttpEntry(trace, caller);
		assertHop(trace, "order-service", ORDER_EVENTS, "payment-service");
		assertHop(trace, "order-service", ORDER_EVENTS, "delivery-service");
		assertThat(trace.kafka("order-service", SPAN_KIND_PRODUCER, ORDER_EVENTS)).as(trace.describe())
			.anySatisfy((publish) -> assertThat(trace.parentOf(publish)).as("parent of %s", publish)
				.hasValueSatisfying((parent) -> assertThat(parent.name()).isEqualTo("POST /orders")));
		assertWhole(trace, caller);
	}

	@Test
	void shouldFollowADeliveredOrderInOneTreeFromPostOrdersThroughPaymentAndDeliveryAndBack() {
		Caller caller = new Caller();
		UUID orderId = place(pizzaInBerlin(), caller);
		this.foodMesh.awaitStatus(orderId, DELIVERED);

		Trace trace = awaitTrace(caller.traceId(),
				(t) -> !t.hops("delivery-service", DELIVERY_EVENTS, "order-service").isEmpty());

		assertHttpEntry(trace, caller);
		assertHop(trace, "order-service", ORDER_EVENTS, "payment-service");
		assertHop(trace, "payment-service", PAYMENT_EVENTS, "order-service");
		assertHop(trace, "order-service", ORDER_EVENTS, "delivery-service");
		assertHop(trace, "delivery-service", DELIVERY_EVENTS, "order-service");
		assertFollowUpProducers(trace, "payment-service", PAYMENT_EVENTS, ORDER_EVENTS);
		assertFollowUpProducers(trace, "delivery-service", DELIVERY_EVENTS, ORDER_EVENTS);
		assertFollowUpProducers(trace, "order-service", ORDER_EVENTS, PAYMENT_EVENTS);
		assertWhole(trace, caller);
		assertTraceOfEveryRecord(orderId, caller.traceId(),
				List.of("dev.foodmesh.order.created.v1", "dev.foodmesh.payment.authorized.v1",
						"dev.foodmesh.order.paid.v1", "dev.foodmesh.delivery.scheduled.v1"));
	}

	@Test
	void shouldFollowARefundedOrderFromPostOrdersToItsRefund() {
		Caller caller = new Caller();
		UUID orderId = place(brezelInMunich(), caller);
		this.foodMesh.awaitStatus(orderId, CANCELLED);

		Trace trace = awaitTrace(caller.traceId(),
				(t) -> !t.hops("payment-service", PAYMENT_EVENTS, "order-service").isEmpty()
						&& !t.hops("order-service", ORDER_EVENTS, "delivery-service").isEmpty());

		assertHttpEntry(trace, caller);
		assertHop(trace, "order-service", ORDER_EVENTS, "payment-service");
		assertHop(trace, "payment-service", PAYMENT_EVENTS, "order-service");
		assertHop(trace, "order-service", ORDER_EVENTS, "delivery-service");
		assertWhole(trace, caller);
		assertTraceOfEveryRecord(orderId, caller.traceId(),
				List.of("dev.foodmesh.order.created.v1", "dev.foodmesh.payment.authorized.v1",
						"dev.foodmesh.order.paid.v1", "dev.foodmesh.delivery.failed.v1",
						"dev.foodmesh.order.cancelled.v1", "dev.foodmesh.payment.refunded.v1"));
		await("the refund's spans in the order's trace").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			Trace whole = trace(caller.traceId());
			assertHop(whole, "delivery-service", DELIVERY_EVENTS, "order-service");
			assertHop(whole, "order-service", ORDER_EVENTS, "payment-service");
			assertThat(whole.kafka("payment-service", SPAN_KIND_PRODUCER, PAYMENT_EVENTS)).as(whole.describe())
				.hasSizeGreaterThanOrEqualTo(2);
			assertHop(whole, "payment-service", PAYMENT_EVENTS, "order-service");
		});
	}

	private UUID place(OrderRequest order, Caller caller) {
		HttpResult placed = Http.post(this.fleet.api(ORDER, "/orders"))
			.as(DevIssuer.customer(order.userId()))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("traceparent", caller.traceparent())
			.json(order.toJson())
			.send();
		assertThat(placed.status()).as("%s", placed).isEqualTo(201);
		return UUID.fromString(Json.text(placed.json(), "id"));
	}

	/**
	 * POST /orders is the child of the caller's span; its user and restaurant lookups are
	 * parents of their servers.
	 */
	private static void assertHttpEntry(Trace trace, Caller caller) {
		List<ReceivedSpan> entry = trace.of("order-service", SPAN_KIND_SERVER)
			.stream()
			.filter((s) -> s.parentSpanId().equals(caller.spanId()))
			.toList();
		assertThat(entry).as("POST /orders server span in %s", trace.describe())
			.singleElement()
			.satisfies((s) -> assertThat(s.name()).isEqualTo("POST /orders"));
		for (String callee : List.of("user-service", "restaurant-service")) {
			assertThat(trace.of(callee, SPAN_KIND_SERVER)).as("%s server span in %s", callee, trace.describe())
				.isNotEmpty()
				.allSatisfy(
						(server) -> assertThat(trace.ancestry(server)).extracting((s) -> s.service() + "/" + s.kind())
							.as("parents of %s", server)
							.contains("order-service/" + SPAN_KIND_CLIENT, "order-service/" + SPAN_KIND_SERVER));
		}
	}

	/**
	 * The event crossed Kafka as a parent link: process span (consumer) ← publish span
	 * (producer), no span links.
	 */
	private static void assertHop(Trace trace, String producer, String topic, String consumer) {
		List<ReceivedSpan> hops = trace.hops(producer, topic, consumer);
		assertThat(hops).as("%s → %s → %s as parent links in %s", producer, topic, consumer, trace.describe())
			.isNotEmpty()
			.allSatisfy((process) -> assertThat(process.links()).as("span links of %s", process).isEmpty());
	}

	/**
	 * A service's own events continue from the record that caused them: a publish of
	 * {@code service} descends from a record of {@code consumedTopic} (its process span,
	 * or the publish of the record it handles).
	 */
	private static void assertFollowUpProducers(Trace trace, String service, String topic, String consumedTopic) {
		List<ReceivedSpan> publishes = trace.kafka(service, SPAN_KIND_PRODUCER, topic);
		assertThat(publishes).as("%s publishing to %s in %s", service, topic, trace.describe())
			.isNotEmpty()
			.anySatisfy((publish) -> assertThat(trace.ancestry(publish).subList(1, trace.ancestry(publish).size()))
				.as("parents of %s", publish)
				.anySatisfy((ancestor) -> {
					assertThat(ancestor.kind()).isIn(SPAN_KIND_CONSUMER, SPAN_KIND_PRODUCER);
					assertThat(ancestor.attributes().get(Trace.DESTINATION)).isEqualTo(consumedTopic);
				}));
	}

	/**
	 * One tree: every span's parent was received (or is the caller's), and no span uses a
	 * link instead.
	 */
	private static void assertWhole(Trace trace, Caller caller) {
		assertThat(trace.orphans(caller.spanId())).as("spans whose parent is missing in %s", trace.describe())
			.isEmpty();
		assertThat(trace.spans()).filteredOn(ReceivedSpan::isRoot).as("roots").isEmpty();
		assertThat(trace.spans()).extracting(ReceivedSpan::service)
			.contains("order-service", "user-service", "restaurant-service", "payment-service", "delivery-service");
	}

	/**
	 * The traceparent each of the order's Kafka records carries names the order's trace.
	 */
	private void assertTraceOfEveryRecord(UUID orderId, String traceId, List<String> types) {
		List<ConsumerRecord<byte[], byte[]>> records = this.fleet.kafka()
			.readAll(List.of(ORDER_EVENTS, PAYMENT_EVENTS, DELIVERY_EVENTS))
			.stream()
			.filter((record) -> orderId.toString().equals(KafkaProbe.key(record)))
			.toList();
		for (String type : types) {
			assertThat(records).filteredOn((r) -> type.equals(KafkaProbe.header(r, "ce_type")))
				.as("%s of order %s", type, orderId)
				.isNotEmpty()
				.allSatisfy((r) -> assertThat(KafkaProbe.header(r, "traceparent")).as("traceparent of %s", type)
					.contains("-" + traceId + "-"));
		}
	}

	private Trace awaitTrace(String traceId, java.util.function.Predicate<Trace> complete) {
		return await("the spans of trace " + traceId).atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> trace(traceId), complete);
	}

	private Trace trace(String traceId) {
		return new Trace(traceId, this.traces.trace(traceId));
	}

	/** The test's own span, never exported: the parent of POST /orders. */
	private record Caller(String traceId, String spanId) {

		Caller() {
			this(random(16), random(8));
		}

		String traceparent() {
			return "00-" + this.traceId + "-" + this.spanId + "-01";
		}

		private static String random(int bytes) {
			byte[] id = new byte[bytes];
			ThreadLocalRandom.current().nextBytes(id);
			id[0] |= 1;
			return HexFormat.of().formatHex(id);
		}

	}

}

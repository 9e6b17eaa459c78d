package dev.foodmesh.e2e;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.FoodMesh;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.KafkaProbe;
import dev.foodmesh.e2e.support.OrderView.Step;
import dev.foodmesh.e2e.support.OrderView;
import dev.foodmesh.e2e.support.OtlpReceiver.ReceivedSpan;
import dev.foodmesh.events.Topics;

import static dev.foodmesh.e2e.support.DemoData.BOB;
import static dev.foodmesh.e2e.support.DemoData.CAROL;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderRequest.sushiInHamburg;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.CUSTOMER_CANCELLED;
import static dev.foodmesh.e2e.support.OrderStatus.PAYMENT_PENDING;
import static dev.foodmesh.e2e.support.OrderStatus.PAYMENT_TIMEOUT;
import static dev.foodmesh.infra.FoodMeshService.PAYMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Journeys 4 and 5 (before payment), sharing one payment-service outage: while it is
 * stopped, one order times out and another is cancelled by its customer. When
 * payment-service comes back it authorises both late, as it reads each
 * {@code OrderCreated}, and refunds both, as it reads the cancellations behind them; the
 * orders stay cancelled.
 */
@JourneyTest
@Order(8)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentOutageJourneyIT extends Journey {

	private UUID timedOut;

	private UUID cancelledEarly;

	private HttpResult cancellation;

	PaymentOutageJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@BeforeAll
	void placeTwoOrdersWhilePaymentServiceIsDown() {
		this.fleet.stop(PAYMENT);
		this.timedOut = this.foodMesh.placeOrder(pizzaInBerlin().by(BOB));
		this.cancelledEarly = this.foodMesh.placeOrder(sushiInHamburg().by(CAROL));
		this.cancellation = this.foodMesh.cancel(this.cancelledEarly);
	}

	@AfterAll
	void bringPaymentServiceBack() {
		this.fleet.start(PAYMENT);
	}

	@Test
	@Order(1)
	void shouldCancelAnUnpaidOrderAfterThePaymentTimeoutAndRefundTheLateAuthorisation() {
		OrderView cancelled = this.foodMesh.awaitStatus(this.timedOut, CANCELLED,
				Fleet.PAYMENT_TIMEOUT.plus(Duration.ofSeconds(30)));
		assertThat(cancelled.cancellationReason()).as("%s", cancelled).isEqualTo(PAYMENT_TIMEOUT);
		assertThat(cancelled.history()).as("%s", cancelled).containsExactly(PAYMENT_PENDING, CANCELLED);
		assertTimeoutTracedInTheOrdersTrace(this.timedOut);

		this.fleet.start(PAYMENT);

		assertLateAuthorisationRefunded(this.timedOut, PAYMENT_TIMEOUT);
	}

	@Test
	@Order(2)
	void shouldCancelAnUnpaidOrderAtOnceForItsCustomerAndRefundTheLateAuthorisation() {
		assertThat(this.cancellation.status()).as("%s", this.cancellation).isBetween(200, 202);
		OrderView cancelled = this.foodMesh.order(this.cancelledEarly);
		assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(CANCELLED);
		assertThat(cancelled.cancellationReason()).as("%s", cancelled).isEqualTo(CUSTOMER_CANCELLED);

		this.fleet.start(PAYMENT);

		assertLateAuthorisationRefunded(this.cancelledEarly, CUSTOMER_CANCELLED);
	}

	/**
	 * The payment-timeout scan acts on a timer, outside the order's request: by the kit's
	 * one rule it continues the order's trace kept with the order, so the OrderCancelled
	 * it publishes belongs to the order's trace too.
	 */
	private void assertTimeoutTracedInTheOrdersTrace(UUID orderId) {
		String orderTrace = traceIdOf(await("OrderCreated of " + orderId).atMost(FoodMesh.SAGA_STEP)
			.until(() -> record(orderId, "dev.foodmesh.order.created.v1"), Optional::isPresent)
			.orElseThrow());
		ReceivedSpan timeout = await("the timeout's span in trace " + orderTrace).atMost(Duration.ofSeconds(60))
			.until(() -> this.fleet.traces()
				.spans()
				.stream()
				.filter((span) -> span.traceId().equals(orderTrace)
						&& span.name().equals("order cancelled PAYMENT_TIMEOUT"))
				.findFirst(), Optional::isPresent)
			.orElseThrow();
		assertThat(timeout.service()).as("%s", timeout).isEqualTo("order-service");
		assertThat(timeout.isRoot()).as("%s continues the order's trace", timeout).isFalse();
		assertThat(timeout.links()).as("span links of %s", timeout).isEmpty();
		String cancelledTrace = traceIdOf(await("OrderCancelled of " + orderId).atMost(FoodMesh.SAGA_STEP)
			.until(() -> record(orderId, "dev.foodmesh.order.cancelled.v1"), Optional::isPresent)
			.orElseThrow());
		assertThat(cancelledTrace).as("trace of the OrderCancelled record").isEqualTo(orderTrace);
	}

	private Optional<ConsumerRecord<byte[], byte[]>> record(UUID orderId, String type) {
		return this.fleet.kafka()
			.readAll(List.of(Topics.ORDER_EVENTS))
			.stream()
			.filter((record) -> orderId.toString().equals(KafkaProbe.key(record))
					&& type.equals(KafkaProbe.header(record, "ce_type")))
			.findFirst();
	}

	/**
	 * The trace id in a record's {@code traceparent} header
	 * ({@code 00-<trace id>-<span id>-<flags>}).
	 */
	private static String traceIdOf(ConsumerRecord<byte[], byte[]> record) {
		return KafkaProbe.header(record, "traceparent").split("-")[1];
	}

	private void assertLateAuthorisationRefunded(UUID orderId, String reason) {
		List<JsonNode> payments = await("the late authorisation of " + orderId + " refunded").atMost(FoodMesh.SAGA_STEP)
			.until(() -> this.foodMesh.payments(orderId), (found) -> !found.isEmpty()
					&& found.stream().allMatch((payment) -> "REFUNDED".equals(Json.text(payment, "status"))));
		assertThat(payments).as("payments of %s", orderId).hasSize(1);
		OrderView refunded = await("the refund of " + orderId + " in its history").atMost(FoodMesh.SAGA_STEP)
			.until(() -> this.foodMesh.order(orderId), (order) -> order.steps().size() == 3);
		assertThat(refunded.status()).as("%s", refunded).isEqualTo(CANCELLED);
		assertThat(refunded.cancellationReason()).as("%s", refunded).isEqualTo(reason);
		assertThat(refunded.steps()).as("%s", refunded)
			.containsExactly(new Step(PAYMENT_PENDING, null), new Step(CANCELLED, reason),
					new Step(CANCELLED, "PAYMENT_REFUNDED"));
		assertThat(this.foodMesh.deliveries(orderId)).as("deliveries of %s", orderId).isEmpty();
	}

}

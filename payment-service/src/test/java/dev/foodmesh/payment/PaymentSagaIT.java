package dev.foodmesh.payment;

import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.events.payment.PaymentRefundedEvent;
import dev.foodmesh.infra.ManagementPort;
import dev.foodmesh.infra.ServiceDocs;
import dev.foodmesh.testsupport.BlockHoundCanary;

import static dev.foodmesh.payment.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

/** payment-service's steps of the order saga: authorise, decline, refund. */
class PaymentSagaIT extends PaymentServiceITSupport implements BlockHoundCanary {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void shouldAuthorizeAVisaOrderAndAnnounceItKeyedByTheOrder() throws Exception {
		UUID orderId = UUID.randomUUID();

		orderEvents.publish(OrderEvents.created(orderId, "tok_visa"));

		ConsumerRecord<String, byte[]> record = awaitRecords(orderId, AUTHORIZED, 1).getFirst();
		PaymentAuthorizedEvent event = json.readValue(record.value(), PaymentAuthorizedEvent.class);
		assertThat(record.key()).isEqualTo(orderId.toString());
		assertThat(header(record, "ce_id")).isEqualTo(event.eventId().toString());
		assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
		assertThat(header(record, "ce_source")).isEqualTo("/foodmesh/payment-service");
		assertThat(header(record, "ce_subject")).isEqualTo(orderId.toString());
		assertThat(header(record, "content-type")).isEqualTo("application/json");
		assertThat(event.amount()).isEqualTo(OrderEvents.TOTAL);
		paymentsOf(orderId).jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].id")
			.isEqualTo(event.paymentId().toString())
			.jsonPath("$.items[0].status")
			.isEqualTo("AUTHORIZED")
			.jsonPath("$.items[0].amount.amount")
			.isEqualTo(1900)
			.jsonPath("$.items[0].createdAt")
			.isEqualTo(event.occurredAt().toString());
		http.get()
			.uri("/payments/{id}", event.paymentId())
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.orderId")
			.isEqualTo(orderId.toString());
	}

	@Test
	void shouldDeclineADeclinedCardWithItsReason() throws Exception {
		UUID orderId = UUID.randomUUID();

		orderEvents.publish(OrderEvents.created(orderId, "tok_declined"));

		ConsumerRecord<String, byte[]> record = awaitRecords(orderId, DECLINED, 1).getFirst();
		assertThat(json.readValue(record.value(), PaymentDeclinedEvent.class).reason()).isEqualTo("CARD_DECLINED");
		paymentsOf(orderId).jsonPath("$.items[0].status")
			.isEqualTo("DECLINED")
			.jsonPath("$.items[0].declineReason")
			.isEqualTo("CARD_DECLINED");
		assertStaysAt(orderId, AUTHORIZED, 0);
	}

	@Test
	void shouldRefundOnceWhenAnAuthorizedOrderIsCancelledEvenIfTheCancellationIsRedelivered() throws Exception {
		UUID orderId = UUID.randomUUID();
		orderEvents.publish(OrderEvents.created(orderId, "tok_visa"));
		awaitRecords(orderId, AUTHORIZED, 1);
		OrderCancelledEvent cancelled = OrderEvents.cancelled(orderId, "NO_COURIER");

		orderEvents.publish(cancelled, cancelled, OrderEvents.cancelled(orderId, "CUSTOMER_CANCELLED"));

		ConsumerRecord<String, byte[]> record = awaitRecords(orderId, REFUNDED, 1).getFirst();
		assertThat(json.readValue(record.value(), PaymentRefundedEvent.class).amount()).isEqualTo(OrderEvents.TOTAL);
		assertStaysAt(orderId, REFUNDED, 1);
		paymentsOf(orderId).jsonPath("$.items.length()")
			.isEqualTo(1)
			.jsonPath("$.items[0].status")
			.isEqualTo("REFUNDED");
	}

	// OrderPaid is order-service's answer to our own authorisation: payment-service
	// ignores it, so the kit acknowledges it without claiming it
	@Test
	void shouldAcknowledgeAnOrderPaidWithoutClaimingItAndCountItAsIgnored() throws Exception {
		OrderPaidEvent paid = OrderEvents.paid(UUID.randomUUID());

		orderEvents.publish(paid);

		awaitAllOrderEventsConsumed();
		assertThat(claimed(paid.eventId())).as("claimed in processed_events").isFalse();
		assertThat(ManagementPort.probesUpThenScrape(managementPort))
			.containsPattern("foodmesh_events_ignored_total\\{[^}]*type=\"dev.foodmesh.order.paid.v1\"[^}]*} [1-9]");
	}

	@Test
	void shouldDocumentItselfOnTheManagementPort() {
		ServiceDocs.verify("payment-service", managementPort);
	}

	@Test
	void shouldReportHealthAndPaymentCountersOnTheManagementPort() throws Exception {
		UUID orderId = UUID.randomUUID();
		orderEvents.publish(OrderEvents.created(orderId, "tok_insufficient_funds"));
		awaitRecords(orderId, DECLINED, 1);
		assertThat(ManagementPort.probesUpThenScrape(managementPort)).contains("foodmesh_payment_authorizations_total")
			.contains("foodmesh_payment_refunds_total")
			.containsPattern("foodmesh_payment_declines_total\\{[^}]*reason=\"INSUFFICIENT_FUNDS\"[^}]*} [1-9]");
	}

}

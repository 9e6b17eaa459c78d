package dev.foodmesh.payment.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.foodmesh.events.Address;
import dev.foodmesh.events.Money;
import dev.foodmesh.events.order.OrderCancelledEvent;
import dev.foodmesh.events.order.OrderCreatedEvent;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.payment.application.AuthorizePaymentCommand;
import dev.foodmesh.payment.application.ReleasePaymentCommand;
import dev.foodmesh.payment.domain.DeclineReason;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentEvent;
import dev.foodmesh.payment.domain.PaymentId;
import dev.foodmesh.payment.domain.PaymentToken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class IntegrationEventMapperTest {

	private static final UUID ORDER = UUID.randomUUID();

	private static final Instant AT = Instant.parse("2026-01-15T12:00:00Z");

	@Test
	void shouldTurnOrderCreatedIntoAChargeOfItsTotal() {
		AuthorizePaymentCommand command = IntegrationEventMapper.toCommand(created(new Money(1900, "EUR"), "tok_visa"));

		assertThat(command).isEqualTo(new AuthorizePaymentCommand(new OrderId(ORDER),
				new dev.foodmesh.payment.domain.Money(1900, "EUR"), new PaymentToken("tok_visa")));
	}

	@Test
	void shouldDeadLetterAnOrderCreatedThatCannotDescribeAPayment() {
		assertInvalid(created(new Money(-1, "EUR"), "tok_visa"));
		assertInvalid(created(new Money(100, "euro"), "tok_visa"));
		assertInvalid(created(null, "tok_visa"));
		assertInvalid(created(new Money(100, "EUR"), null));
		assertInvalid(created(new Money(100, "EUR"), " "));
	}

	@Test
	void shouldTurnOrderCancelledIntoAReleaseThatKeepsTheRefundFlag() {
		OrderCancelledEvent cancelled = new OrderCancelledEvent(UUID.randomUUID(), ORDER, AT, "NO_COURIER", true,
				false);

		assertThat(IntegrationEventMapper.toCommand(cancelled))
			.isEqualTo(new ReleasePaymentCommand(new OrderId(ORDER), true));
	}

	@Test
	void shouldAnnounceEachPaymentEventUnderAFreshEventIdForTheSameOrder() {
		PaymentId payment = PaymentId.random();
		PaymentEvent authorized = new PaymentEvent.Authorized(payment, new OrderId(ORDER),
				new dev.foodmesh.payment.domain.Money(1900, "EUR"), AT);

		var first = IntegrationEventMapper.toIntegrationEvent(authorized);
		var second = IntegrationEventMapper.toIntegrationEvent(authorized);

		assertThat(first).isInstanceOfSatisfying(PaymentAuthorizedEvent.class, event -> {
			assertThat(event.orderId()).isEqualTo(ORDER);
			assertThat(event.paymentId()).isEqualTo(payment.value());
			assertThat(event.amount()).isEqualTo(new Money(1900, "EUR"));
			assertThat(event.occurredAt()).isEqualTo(AT);
		});
		assertThat(first.eventId()).isNotEqualTo(second.eventId());
	}

	@Test
	void shouldNameTheDeclineReasonInTheDeclinedEvent() {
		PaymentEvent declined = new PaymentEvent.Declined(PaymentId.random(), new OrderId(ORDER),
				DeclineReason.INSUFFICIENT_FUNDS, AT);

		assertThat(IntegrationEventMapper.toIntegrationEvent(declined)).isInstanceOfSatisfying(
				PaymentDeclinedEvent.class, event -> assertThat(event.reason()).isEqualTo("INSUFFICIENT_FUNDS"));
	}

	// nulls allowed: a JSON payload can carry them whatever the contract says
	private static OrderCreatedEvent created(Money total, String token) {
		return new OrderCreatedEvent(UUID.randomUUID(), ORDER, AT, UUID.randomUUID(), UUID.randomUUID(), "Berlin",
				List.of(), total, new Address("Torstr. 1", "Berlin", "10119"), token);
	}

	private static void assertInvalid(OrderCreatedEvent event) {
		assertThatExceptionOfType(InvalidEventException.class).isThrownBy(() -> IntegrationEventMapper.toCommand(event))
			.withMessageContaining(event.eventId().toString());
	}

}

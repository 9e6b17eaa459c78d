package dev.foodmesh.messaging.consumer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.ConnectionFactoryMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverOffset;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.test.StepVerifier;

import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.events.Money;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.messaging.EventHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * A batch of events the handler ignores needs no database at all: no connection, so no
 * transaction and no claim. The consumer ITs show the rest with a real database.
 */
class IdempotentApplierTest {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final AtomicInteger connectionsAsked = new AtomicInteger();

	private final List<UUID> handled = new CopyOnWriteArrayList<>();

	private final UUID orderId = UUID.randomUUID();

	@Test
	void shouldAnswerABatchOfIgnoredEventsWithoutAConnectionOrCallingTheHandler() {
		List<Inbound.Decoded<PaymentIntegrationEvent>> batch = List.of(decoded(declined()), decoded(declined()));

		StepVerifier.create(applier().apply(batch))
			.expectNext(List.of(IdempotentApplier.Outcome.IGNORED, IdempotentApplier.Outcome.IGNORED))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(this.connectionsAsked).as("connections asked for").hasValue(0);
		assertThat(this.handled).isEmpty();
	}

	// the same applier asks for a connection as soon as one event is not ignored: the
	// test above would see a transaction
	@Test
	void shouldAskForAConnectionAsSoonAsOneEventIsNotIgnored() {
		List<Inbound.Decoded<PaymentIntegrationEvent>> batch = List.of(decoded(declined()), decoded(authorized()));

		StepVerifier.create(applier().apply(batch)).expectError().verify(TIMEOUT);

		assertThat(this.connectionsAsked.get()).as("connections asked for").isPositive();
		assertThat(this.handled).isEmpty();
	}

	// ignores declines; any database work fails, after counting the connection it asked
	// for
	private IdempotentApplier<PaymentIntegrationEvent> applier() {
		ConnectionFactory noDatabase = new ConnectionFactory() {

			@Override
			public Publisher<? extends Connection> create() {
				return Mono.defer(() -> {
					IdempotentApplierTest.this.connectionsAsked.incrementAndGet();
					return Mono.error(new IllegalStateException("no database in this test"));
				});
			}

			@Override
			public ConnectionFactoryMetadata getMetadata() {
				return () -> "PostgreSQL";
			}

		};
		EventHandler<PaymentIntegrationEvent> handler = new EventHandler<>() {

			@Override
			public Mono<Void> handle(PaymentIntegrationEvent event) {
				return Mono.fromRunnable(() -> IdempotentApplierTest.this.handled.add(event.eventId()));
			}

			@Override
			public boolean ignores(PaymentIntegrationEvent event) {
				return event instanceof PaymentDeclinedEvent;
			}

		};
		return new IdempotentApplier<>(new ProcessedEvents(DatabaseClient.create(noDatabase), "kit-test"),
				TransactionalOperator.create(new R2dbcTransactionManager(noDatabase)), handler);
	}

	private PaymentDeclinedEvent declined() {
		return new PaymentDeclinedEvent(UUID.randomUUID(), this.orderId, Instant.now(), UUID.randomUUID(),
				"CARD_DECLINED");
	}

	private PaymentAuthorizedEvent authorized() {
		return new PaymentAuthorizedEvent(UUID.randomUUID(), this.orderId, Instant.now(), UUID.randomUUID(),
				new Money(1900, "EUR"));
	}

	private static Inbound.Decoded<PaymentIntegrationEvent> decoded(PaymentIntegrationEvent event) {
		var record = new ConsumerRecord<byte[], byte[]>("kit.test.payment.events.v1", 0, 0, null, null);
		return new Inbound.Decoded<>(new ReceiverRecord<>(record, mock(ReceiverOffset.class)), event, null);
	}

}

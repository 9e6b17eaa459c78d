package dev.foodmesh.messaging.testapp;

import java.util.List;
import java.util.UUID;

import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;

import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.messaging.EventHandler;
import dev.foodmesh.messaging.Outbox;

/**
 * Applies a payment event: one {@code ledger} row, with what the test scripted for that
 * event around it; or ignores it, if the test says so.
 */
@Component
class LedgerHandler implements EventHandler<PaymentIntegrationEvent> {

	private final DatabaseClient database;

	private final Outbox outbox;

	private final HandlerScript script;

	LedgerHandler(DatabaseClient database, Outbox outbox, HandlerScript script) {
		this.database = database;
		this.outbox = outbox;
		this.script = script;
	}

	@Override
	public Mono<Void> handle(PaymentIntegrationEvent event) {
		this.script.handled(event);
		return this.script.before(event, this.database)
			.then(this.database
				.sql("insert into ledger (event_id, order_id, type) values (:eventId, :orderId, :type) "
						+ "returning txid_current() as transaction_id")
				.bind("eventId", event.eventId())
				.bind("orderId", event.orderId())
				.bind("type", event.getClass().getSimpleName())
				.map((row) -> row.get("transaction_id", Long.class))
				.one()
				.doOnNext((transactionId) -> this.script.handledIn(event, transactionId))
				.then())
			.then(Mono.defer(() -> {
				this.script.queried(event);
				return this.script.after(event, this.outbox);
			}));
	}

	// records the events and the transaction it was called in
	@Override
	public Mono<Void> prepare(List<? extends PaymentIntegrationEvent> events) {
		List<UUID> eventIds = events.stream().map(PaymentIntegrationEvent::eventId).toList();
		return this.database.sql("select txid_current() as transaction_id")
			.map((row) -> row.get("transaction_id", Long.class))
			.one()
			.doOnNext((transactionId) -> this.script.prepared(eventIds, transactionId))
			.then();
	}

	@Override
	public boolean ignores(PaymentIntegrationEvent event) {
		return this.script.ignores(event);
	}

}

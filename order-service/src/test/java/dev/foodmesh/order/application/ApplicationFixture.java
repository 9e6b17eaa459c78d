package dev.foodmesh.order.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The use cases wired to in-memory ports, as {@code UseCaseConfig} wires them to the real
 * ones.
 */
class ApplicationFixture {

	static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

	final RecordingOutbox outbox = new RecordingOutbox();

	final RecordingSagaMetrics metrics = new RecordingSagaMetrics();

	final InMemoryIdempotencyRecords idempotency = new InMemoryIdempotencyRecords();

	final InMemoryOrders orders = new InMemoryOrders(this.idempotency.stored);

	final DirectTransactions transactions = new DirectTransactions();

	final OrderChangeWriter writer = new OrderChangeWriter(this.orders, this.outbox, this.metrics);

	Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	AdvanceOrder advanceOrder() {
		return new AdvanceOrder(this.orders, this.writer, this.transactions, this.clock);
	}

	TimeOutPayments timeOutPayments(Duration timeout) {
		return new TimeOutPayments(this.orders, this.writer, this.transactions, this.clock, timeout, 10);
	}

	PlaceOrder placeOrder(Users users, Restaurants restaurants) {
		return new PlaceOrder(users, restaurants, this.idempotency, this.orders, this.writer, this.transactions,
				this.clock);
	}

}

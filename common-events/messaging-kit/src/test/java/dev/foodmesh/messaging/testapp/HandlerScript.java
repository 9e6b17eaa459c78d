package dev.foodmesh.messaging.testapp;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.r2dbc.spi.R2dbcTransientResourceException;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.events.Address;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.order.OrderPaidEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.messaging.InvalidEventException;
import dev.foodmesh.messaging.Outbox;

/**
 * What the test application's handler does for a given event id, besides writing its
 * ledger row.
 */
public final class HandlerScript {

	/** One scripted behaviour, run before the ledger row is written. */
	@FunctionalInterface
	interface Step {

		Mono<Void> run(DatabaseClient database);

	}

	private final Map<UUID, Step> before = new ConcurrentHashMap<>();

	private final Map<UUID, OrderPaidEvent> followUps = new ConcurrentHashMap<>();

	private final Map<UUID, SpanContext> currentWhenHandled = new ConcurrentHashMap<>();

	private final Set<UUID> ignored = ConcurrentHashMap.newKeySet();

	private final Map<UUID, SpanContext> currentAfterItsQuery = new ConcurrentHashMap<>();

	private final List<Prepared> prepared = new CopyOnWriteArrayList<>();

	private final Map<UUID, Long> transactionWhenHandled = new ConcurrentHashMap<>();

	/**
	 * One call of the handler's {@code prepare}: the events, in the transaction with id.
	 */
	public record Prepared(List<UUID> eventIds, long transactionId) {
	}

	/**
	 * The handler fails with a transient R2DBC error the given number of times, then
	 * succeeds.
	 */
	public void failTransiently(UUID eventId, int times) {
		AtomicInteger remaining = new AtomicInteger(times);
		this.before.put(eventId, (database) -> Mono.defer(() -> (remaining.getAndDecrement() > 0)
				? Mono.error(new R2dbcTransientResourceException("simulated: database unavailable")) : Mono.empty()));
	}

	/**
	 * The handler's database connection is killed by Postgres (pg_terminate_backend) the
	 * first time.
	 */
	public void terminateBackendOnce(UUID eventId) {
		AtomicInteger remaining = new AtomicInteger(1);
		this.before.put(eventId, (database) -> Mono.defer(() -> (remaining.getAndDecrement() > 0)
				? database.sql("select pg_terminate_backend(pg_backend_pid())").then() : Mono.empty()));
	}

	/** The handler calls the event invalid until {@link #clear} (the cause is fixed). */
	public void reject(UUID eventId) {
		this.before.put(eventId, (database) -> Mono.error(new InvalidEventException("rejected by the test")));
	}

	/** The handler fails with an unexpected, non-transient error until {@link #clear}. */
	public void failWithBug(UUID eventId) {
		this.before.put(eventId, (database) -> Mono.error(new IllegalStateException("simulated bug")));
	}

	/**
	 * The handler hangs, mid-transaction, from the moment it reaches the event
	 * ({@link Hold#entered()}) until {@link Hold#release()}; the records behind it on its
	 * partition queue up meanwhile.
	 */
	public Hold hold(UUID eventId) {
		Hold hold = new Hold(new AtomicBoolean(), Sinks.empty());
		this.before.put(eventId,
				(database) -> Mono.fromRunnable(() -> hold.entered().set(true)).then(hold.released().asMono()));
		return hold;
	}

	/** A handler held on an event. */
	public record Hold(AtomicBoolean entered, Sinks.Empty<Void> released) {

		public void release() {
			this.released.tryEmitEmpty();
		}

	}

	/** The handler ignores the event: declares that it would have no effect. */
	public void ignore(UUID eventId) {
		this.ignored.add(eventId);
	}

	/**
	 * The handler appends an {@code OrderPaidEvent} for the same order to the outbox;
	 * returns its event id.
	 */
	public UUID appendFollowUp(UUID eventId, UUID orderId) {
		UUID followUpId = UUID.randomUUID();
		this.followUps.put(eventId, new OrderPaidEvent(followUpId, orderId, Instant.now(), UUID.randomUUID(),
				UUID.randomUUID(), "Berlin", new Address("Torstr. 1", "Berlin", "10119")));
		return followUpId;
	}

	/**
	 * The OpenTelemetry span current when the handler was called for the event (it
	 * assembles its work then).
	 */
	public Optional<SpanContext> currentWhenHandled(UUID eventId) {
		return Optional.ofNullable(this.currentWhenHandled.get(eventId));
	}

	/**
	 * The OpenTelemetry span current in the handler's step after its ledger insert
	 * (another thread, later).
	 */
	public Optional<SpanContext> currentAfterItsQuery(UUID eventId) {
		return Optional.ofNullable(this.currentAfterItsQuery.get(eventId));
	}

	/** Every call of the handler's {@code prepare} that named one of these events. */
	public List<Prepared> preparedWith(Collection<UUID> eventIds) {
		return this.prepared.stream().filter((call) -> call.eventIds().stream().anyMatch(eventIds::contains)).toList();
	}

	/** The id of the transaction in which the handler handled the event, last. */
	public Optional<Long> transactionWhenHandled(UUID eventId) {
		return Optional.ofNullable(this.transactionWhenHandled.get(eventId));
	}

	/** Whether the kit called the handler for the event, ever. */
	public boolean wasHandled(UUID eventId) {
		return this.currentWhenHandled.containsKey(eventId);
	}

	boolean ignores(IntegrationEvent event) {
		return this.ignored.contains(event.eventId());
	}

	void handled(IntegrationEvent event) {
		this.currentWhenHandled.put(event.eventId(), Span.current().getSpanContext());
	}

	void prepared(List<UUID> eventIds, long transactionId) {
		this.prepared.add(new Prepared(eventIds, transactionId));
	}

	void handledIn(IntegrationEvent event, long transactionId) {
		this.transactionWhenHandled.put(event.eventId(), transactionId);
	}

	void queried(IntegrationEvent event) {
		this.currentAfterItsQuery.put(event.eventId(), Span.current().getSpanContext());
	}

	public void clear(UUID eventId) {
		this.before.remove(eventId);
	}

	Mono<Void> before(IntegrationEvent event, DatabaseClient database) {
		Step step = this.before.get(event.eventId());
		return (step == null) ? Mono.empty() : step.run(database);
	}

	Mono<Void> after(PaymentIntegrationEvent event, Outbox outbox) {
		OrderPaidEvent followUp = this.followUps.get(event.eventId());
		return (followUp == null) ? Mono.empty() : outbox.append(followUp);
	}

}

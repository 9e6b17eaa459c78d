package dev.foodmesh.order.it;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;

import dev.foodmesh.order.application.Orders;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two transactions on one order: the second waits for the first's row lock, and must then
 * see everything the first committed. The {@code select … for update} that also reads the
 * order's history returns the locked row as the first left it after the wait, but the
 * history as it stood before, so the next step number it derived already existed
 * ({@code order_history_pkey}) unless the order is read again.
 */
class ConcurrentOrderStepsIT extends OrderServiceITSupport {

	@Autowired
	private Orders orders;

	@Autowired
	private ReactiveTransactionManager transactionManager;

	@Test
	void shouldReadTheHistoryTheTransactionItWaitedForCommitted() throws Exception {
		UUID id = place();
		int before = historySize(id);
		TransactionalOperator transaction = TransactionalOperator.create(this.transactionManager);
		AtomicBoolean firstHoldsTheLock = new AtomicBoolean();
		Sinks.Empty<Void> commitFirst = Sinks.empty();
		this.db.sql("select id from orders where id = :id for update")
			.bind("id", id)
			.fetch()
			.all()
			// a step as the service writes one: the row stamped with the step's instant
			.then(this.db.sql("""
					with step as (insert into order_history (order_id, seq, status, reason, at)
					  select order_id, max(seq) + 1, 'PAYMENT_PENDING', null, now() from order_history
					  where order_id = :id group by order_id)
					update orders set updated_at = now() where id = :id""").bind("id", id).then())
			.doOnSuccess((inserted) -> firstHoldsTheLock.set(true))
			.then(commitFirst.asMono())
			.as(transaction::transactional)
			.subscribe();
		await().untilTrue(firstHoldsTheLock);

		CompletableFuture<Order> second = this.orders.findForUpdate(new OrderId(id))
			.as(transaction::transactional)
			.toFuture();
		await().until(() -> waitingForALock() > 0);
		commitFirst.tryEmitEmpty();

		Order seen = second.get(30, TimeUnit.SECONDS);
		assertThat(seen.history()).hasSize(before + 1);
	}

	private int historySize(UUID id) {
		return this.db.sql("select count(*) from order_history where order_id = :id")
			.bind("id", id)
			.map((row) -> row.get(0, Long.class))
			.one()
			.map(Long::intValue)
			.block(Duration.ofSeconds(10));
	}

	private long waitingForALock() {
		return this.db.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")
			.map((row) -> row.get(0, Long.class))
			.one()
			.blockOptional(Duration.ofSeconds(10))
			.orElse(0L);
	}

}

package dev.foodmesh.messaging.outbox;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.transaction.reactive.TransactionSynchronizationManager;

import dev.foodmesh.messaging.TransactionHeld;

/**
 * The outbox rows one transaction appended, inserted with one statement just before it
 * commits. Spring runs {@link #beforeCommit} inside the transaction, on its connection,
 * so the rows still commit with the state change or not at all; a failing insert fails
 * the commit and rolls everything back. A rolled-back transaction's rows are simply
 * dropped with it.
 */
final class PendingOutboxRows extends TransactionHeld {

	private final OutboxInserts inserts;

	private final List<NewOutboxRow> rows = new ArrayList<>();

	private PendingOutboxRows(TransactionSynchronizationManager transaction, OutboxInserts inserts) {
		super(transaction, inserts);
		this.inserts = inserts;
	}

	/**
	 * The pending rows of the current transaction, registered with it on first use; empty
	 * outside a transaction.
	 */
	static Mono<PendingOutboxRows> of(OutboxInserts inserts) {
		return TransactionHeld.of(inserts, PendingOutboxRows.class,
				(transaction) -> new PendingOutboxRows(transaction, inserts));
	}

	// a transaction's work runs as one sequential reactive chain, so appends never race
	// each other
	PendingOutboxRows add(NewOutboxRow row) {
		this.rows.add(row);
		return this;
	}

	@Override
	public Mono<Void> beforeCommit(boolean readOnly) {
		return Mono.defer(() -> {
			List<NewOutboxRow> batch = List.copyOf(this.rows);
			this.rows.clear();
			return this.inserts.insert(batch);
		});
	}

}

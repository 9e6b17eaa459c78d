package dev.foodmesh.payment.psp;

import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Where the simulated PSP keeps its answers beyond its ledger in memory, so that its
 * memory of idempotency keys can outlive payment-service's process as a real PSP's
 * outlives its clients ({@link FilePspJournal}), or not at all ({@link #none()}).
 */
interface PspJournal extends AutoCloseable {

	/**
	 * Records an answer before the PSP gives it; called under the ledger's lock, once per
	 * new key.
	 */
	void append(PspAnswer answer);

	/**
	 * Where the PSP acts: appending to a file blocks, so a durable journal is written off
	 * the event loops.
	 */
	Scheduler scheduler();

	@Override
	void close();

	static PspJournal none() {
		return new PspJournal() {

			@Override
			public void append(PspAnswer answer) {
			}

			@Override
			public Scheduler scheduler() {
				return Schedulers.immediate();
			}

			@Override
			public void close() {
			}

		};
	}

}

package dev.foodmesh.payment.psp;

import java.net.SocketException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.foodmesh.payment.application.PspUnavailableException;
import dev.foodmesh.payment.domain.IdempotencyKey;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.PaymentDetails;
import dev.foodmesh.payment.domain.PspDecision;
import dev.foodmesh.payment.domain.PspSimulator;

/**
 * The simulated PSP's side of a call, as a real PSP behaves toward its client: it acts
 * once per idempotency key (an authorisation decided by {@link PspSimulator}, a refund)
 * and answers every repetition of a key it remembers with its first answer, without
 * acting again ({@link IdempotencyLedger}). It counts what it does,
 * {@code foodmesh_psp_charges_total} (approved authorisations: money held),
 * {@code foodmesh_psp_refunds_total} and {@code foodmesh_psp_replays_total{operation}}
 * (repeated keys answered from the ledger), and logs one line per charge and per refund,
 * which a drill counts per order across restarts.
 * <p>
 * Every call waits the configured latency without blocking a thread. A drilled failure
 * ({@link SimulatorFaults}) loses the answer <em>after</em> the PSP has acted, the case
 * in which a client cannot tell whether money moved and only the idempotency key keeps a
 * repetition from charging twice.
 * <p>
 * Its ledger lives in payment-service's process, so by default a kill makes it forget
 * every key, which no real PSP does: a payment killed between the charge and recording
 * its answer would be charged again after the restart. With a journal
 * ({@code foodmesh.payment.simulator.journal}, which the local stack and the fault drill
 * set) it remembers its keys across restarts ({@link FilePspJournal}).
 */
public final class SimulatedPsp implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SimulatedPsp.class);

	private final Duration latency;

	private final SimulatorFaults faults;

	private final PspJournal journal;

	private final IdempotencyLedger<PspAnswer.Authorized> authorizations;

	private final IdempotencyLedger<PspAnswer.Refunded> refunds;

	private final Counter charged;

	private final Counter refunded;

	private final Counter authorizationReplays;

	private final Counter refundReplays;

	/** A PSP that forgets its keys when the process ends. */
	public SimulatedPsp(Duration latency, SimulatorFaults faults, int ledgerCapacity, MeterRegistry registry) {
		this(latency, faults, ledgerCapacity, PspJournal.none(), registry);
	}

	/**
	 * A PSP that remembers the keys the journal file holds, and writes every new one to
	 * it.
	 */
	public static SimulatedPsp journaled(Duration latency, SimulatorFaults faults, int ledgerCapacity, Path journalFile,
			MeterRegistry registry) {
		FilePspJournal journal = FilePspJournal.open(journalFile, ledgerCapacity);
		SimulatedPsp psp = new SimulatedPsp(latency, faults, ledgerCapacity, journal, registry);
		journal.remembered().forEach(psp::remember);
		log.info("The PSP simulator remembers {} idempotency keys from its journal {}", journal.remembered().size(),
				journalFile);
		return psp;
	}

	private SimulatedPsp(Duration latency, SimulatorFaults faults, int ledgerCapacity, PspJournal journal,
			MeterRegistry registry) {
		this.latency = latency;
		this.faults = faults;
		this.journal = journal;
		this.authorizations = new IdempotencyLedger<>(ledgerCapacity);
		this.refunds = new IdempotencyLedger<>(ledgerCapacity);
		this.charged = Counter.builder("foodmesh.psp.charges")
			.description("Authorisations the simulated PSP approved for a new idempotency key (money held)")
			.register(registry);
		this.refunded = Counter.builder("foodmesh.psp.refunds")
			.description("Refunds the simulated PSP made for a new idempotency key")
			.register(registry);
		this.authorizationReplays = replays("authorize", registry);
		this.refundReplays = replays("refund", registry);
		Gauge.builder("foodmesh.psp.ledger.keys", this, psp -> psp.authorizations.size() + psp.refunds.size())
			.description("Idempotency keys the simulated PSP remembers")
			.register(registry);
	}

	private static Counter replays(String operation, MeterRegistry registry) {
		return Counter.builder("foodmesh.psp.replays")
			.description(
					"Calls the simulated PSP answered from its ledger: a known idempotency key, nothing done again")
			.tag("operation", operation)
			.register(registry);
	}

	public Mono<PspDecision> authorize(IdempotencyKey key, PaymentDetails payment) {
		return answered(() -> {
			IdempotencyLedger.Recorded<PspAnswer.Authorized> recorded = authorizations.answer(key,
					() -> authorizeNow(key, payment));
			count(recorded, authorizationReplays);
			return recorded.answer().decision();
		});
	}

	public Mono<Void> refund(IdempotencyKey key, PaymentDetails payment) {
		return answered(() -> {
			count(refunds.answer(key, () -> refundNow(key, payment)), refundReplays);
			return null;
		}).then();
	}

	/**
	 * How many times the PSP has held money for the order, under any key it still
	 * remembers: more than one is a double charge. Scans the ledger; for tests and
	 * diagnosis, not for a hot path.
	 */
	public long chargesOf(OrderId orderId) {
		return authorizations.count(charge -> charge.orderId().equals(orderId) && charge.charged());
	}

	private void remember(PspAnswer answer) {
		switch (answer) {
			case PspAnswer.Authorized authorized -> authorizations.remember(authorized.key(), authorized);
			case PspAnswer.Refunded refunded -> refunds.remember(refunded.key(), refunded);
		}
	}

	// journaled before it is logged or given: a charge the drill counts is one the PSP
	// remembers after a restart
	private PspAnswer.Authorized authorizeNow(IdempotencyKey key, PaymentDetails payment) {
		PspAnswer.Authorized authorized = new PspAnswer.Authorized(key, payment.orderId(),
				PspSimulator.decide(payment.token()));
		journal.append(authorized);
		if (authorized.charged()) {
			charged.increment();
			log.atInfo()
				.addKeyValue("orderId", payment.orderId().toString())
				.addKeyValue("idempotencyKey", key.value())
				.log("PSP charged order {}: {} {} (key {})", payment.orderId(), payment.amount().amount(),
						payment.amount().currency(), key);
		}
		return authorized;
	}

	private PspAnswer.Refunded refundNow(IdempotencyKey key, PaymentDetails payment) {
		PspAnswer.Refunded refund = new PspAnswer.Refunded(key, payment.orderId());
		journal.append(refund);
		refunded.increment();
		log.atInfo()
			.addKeyValue("orderId", payment.orderId().toString())
			.addKeyValue("idempotencyKey", key.value())
			.log("PSP refunded order {}: {} {} (key {})", payment.orderId(), payment.amount().amount(),
					payment.amount().currency(), key);
		return refund;
	}

	@Override
	public void close() {
		journal.close();
	}

	private static void count(IdempotencyLedger.Recorded<?> recorded, Counter replays) {
		if (recorded.replayed()) {
			replays.increment();
		}
	}

	private <T> Mono<T> answered(Callable<T> act) {
		return pause().then(Mono.fromCallable(act).subscribeOn(journal.scheduler()))
			.doOnSuccess(answer -> loseAnswerWhenDrilled());
	}

	private Mono<Long> pause() {
		// Mono.delay hops to the parallel scheduler even for zero; skip it when there is
		// no latency to simulate
		return latency.isZero() ? Mono.just(0L) : Mono.delay(latency);
	}

	private void loseAnswerWhenDrilled() {
		if (faults.nextCallFails()) {
			throw new PspUnavailableException(
					"simulated PSP fault (failure rate " + faults.failureRate()
							+ "): the PSP acted, its answer was lost",
					new SocketException("simulated: connection reset"));
		}
	}

}

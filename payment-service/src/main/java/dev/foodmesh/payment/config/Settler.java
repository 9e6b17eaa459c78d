package dev.foodmesh.payment.config;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.envelope.TraceParent;
import dev.foodmesh.payment.application.PspAnswered;
import dev.foodmesh.payment.application.SettlePayment;
import dev.foodmesh.payment.domain.OrderId;
import dev.foodmesh.payment.domain.Payment;

/**
 * Settles reservations for {@link SettlementWorker} and {@link RecoveryPass}: asks the
 * PSP in the trace of the work that reserved the payment when that is known, and records
 * answers, several in one transaction, each in its own trace, with one log line per
 * outcome. A failure is logged and swallowed: the reservation stays, and the recovery
 * pass repeats its PSP call with the same key.
 */
final class Settler {

	private static final Logger log = LoggerFactory.getLogger(Settler.class);

	private final SettlePayment settlePayment;

	Settler(SettlePayment settlePayment) {
		this.settlePayment = settlePayment;
	}

	/**
	 * Asks the PSP and records its answer alone, settling on into a refund where the
	 * order was cancelled meanwhile.
	 */
	Mono<Void> settle(Payment reserved, Optional<TraceParent> trace) {
		return inSpan(trace,
				Mono.defer(() -> settlePayment.settle(reserved))
					.doOnNext(Settler::logSettled)
					.then()
					.onErrorResume(failure -> failed(reserved, failure)));
	}

	/**
	 * The PSP's answer for a reservation, with the trace to record it in; empty when
	 * there is nothing to ask or no answer came.
	 */
	Mono<Asked> ask(Payment reserved, Optional<TraceParent> trace) {
		// the trace is read inside the settlement's span, which the answer's record
		// continues
		return inSpan(trace,
				Mono.defer(() -> settlePayment.ask(reserved))
					.flatMap(answered -> Traces.current().map(current -> new Asked(answered, current)))
					.onErrorResume(failure -> failed(reserved, failure)));
	}

	/**
	 * Records the answers in one transaction; if that fails, each in a transaction of its
	 * own, so that an answer that cannot be recorded leaves only its own reservation to
	 * the recovery pass. Approvals recorded with the reservation of a refund are settled
	 * on, each alone (the order was cancelled while the PSP decided: rare).
	 */
	Mono<Void> record(List<Asked> answers) {
		Mono<Void> together = recordTogether(answers);
		if (answers.size() == 1) {
			return together.onErrorResume(failure -> failed(answers.get(0).answered().reserved(), failure));
		}
		return together.onErrorResume(failure -> {
			log.warn("Recording {} PSP answers together failed; recording each alone: {}", answers.size(),
					failure.toString());
			return Flux.fromIterable(answers).concatMap(asked -> record(List.of(asked))).then();
		});
	}

	private Mono<Void> recordTogether(List<Asked> answers) {
		List<OrderId> orderIds = answers.stream().map(asked -> asked.answered().orderId()).distinct().toList();
		Mono<List<Recorded>> records = Flux.fromIterable(answers)
			.concatMap(asked -> inTrace(asked.trace(), () -> settlePayment.record(asked.answered()))
				.map(recorded -> new Recorded(recorded, asked.trace())))
			.collectList();
		return settlePayment.recordTogether(orderIds, records)
			.flatMapMany(Flux::fromIterable)
			.concatMap(recorded -> inTrace(recorded.trace(), () -> committed(recorded)))
			.then();
	}

	private Mono<Void> committed(Recorded recorded) {
		logSettled(recorded.payment());
		return (recorded.payment() instanceof Payment.Refunding refunding) ? settle(refunding, recorded.trace())
				: Mono.empty();
	}

	// a span of its own in the reservation's trace
	private static <T> Mono<T> inSpan(Optional<TraceParent> trace, Mono<T> work) {
		return trace.map(parent -> Traces.continueTrace(parent, "payment settlement", work))
			.orElseGet(() -> Traces.outsideAnyTrace(() -> work));
	}

	// the trace of the settlement that asked, without a span of its own
	private static <T> Mono<T> inTrace(Optional<TraceParent> trace, Supplier<Mono<T>> work) {
		return trace.map(parent -> Traces.resumeTrace(parent, Mono.defer(work)))
			.orElseGet(() -> Traces.outsideAnyTrace(work));
	}

	private static <T> Mono<T> failed(Payment reserved, Throwable failure) {
		log.warn("Settling the {} payment of order {} failed; the recovery pass repeats it: {}", reserved.status(),
				reserved.orderId(), failure.toString());
		return Mono.empty();
	}

	// never the payment's fields beyond its status, which would put the card token in the
	// log
	private static void logSettled(Payment settled) {
		String outcome = settled instanceof Payment.Declined declined ? "DECLINED " + declined.reason()
				: settled.status().name();
		log.atInfo()
			.addKeyValue("orderId", settled.orderId().toString())
			.addKeyValue("outcome", outcome)
			.log("Payment of order {}: {} (PSP answer recorded)", settled.orderId(), outcome);
	}

	/** A PSP answer and the trace of the settlement that asked for it. */
	record Asked(PspAnswered answered, Optional<TraceParent> trace) {
	}

	private record Recorded(Payment payment, Optional<TraceParent> trace) {
	}

}

package dev.foodmesh.payment.config;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.foodmesh.messaging.Traces;
import dev.foodmesh.messaging.envelope.TraceParent;
import dev.foodmesh.payment.application.SettlePayment;
import dev.foodmesh.payment.domain.Payment;

/**
 * Settles one reservation for {@link SettlementWorker} and {@link RecoveryPass}: in the
 * trace of the work that reserved it when that is known, with one log line per outcome. A
 * failure is logged and swallowed: the reservation stays, and the recovery pass repeats
 * its PSP call with the same key.
 */
final class Settler {

	private static final Logger log = LoggerFactory.getLogger(Settler.class);

	private final SettlePayment settlePayment;

	Settler(SettlePayment settlePayment) {
		this.settlePayment = settlePayment;
	}

	Mono<Void> settle(Payment reserved, Optional<TraceParent> trace) {
		Mono<Void> work = Mono.defer(() -> settlePayment.settle(reserved))
			.doOnNext(Settler::logSettled)
			.then()
			.onErrorResume(failure -> {
				log.warn("Settling the {} payment of order {} failed; the recovery pass repeats it: {}",
						reserved.status(), reserved.orderId(), failure.toString());
				return Mono.empty();
			});
		return trace.map(parent -> Traces.continueTrace(parent, "payment settlement", work))
			.orElseGet(() -> Traces.outsideAnyTrace(() -> work));
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

}

package dev.foodmesh.infra.drill;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Waits until the accepted orders have settled: every one terminal and no cancelled order
 * still charged. The backlog a drill builds (it offers more orders than the stack keeps
 * pace with) drains here. The wait ends early only when, from 120 s after the last fault
 * on, the number of unsettled orders has not changed for {@link DrillOptions#settle()};
 * what is unsettled then is lost.
 */
final class Quiescence {

	/**
	 * Issue 9: lost means not terminal 120 s after the last fault (and, with a backlog,
	 * after it drained).
	 */
	static final Duration AFTER_LAST_FAULT = Duration.ofSeconds(120);

	private static final Duration POLL = Duration.ofSeconds(10);

	private Quiescence() {
	}

	static List<SagaLedger.Order> await(SagaLedger ledger, Instant lastFault, DrillOptions options) {
		Instant giveUp = Instant.now().plus(options.maxWait());
		Instant earliestEnd = lastFault.plus(AFTER_LAST_FAULT);
		long last = -1;
		Instant unchangedSince = Instant.now();
		while (true) {
			List<SagaLedger.Order> orders = read(ledger);
			long unsettled = SagaLedger.unsettled(orders);
			if (unsettled != last) {
				last = unsettled;
				unchangedSince = Instant.now();
				FaultRunner.say(unsettled + " of " + orders.size() + " accepted orders not settled yet");
			}
			Instant now = Instant.now();
			boolean stalled = now.isAfter(earliestEnd) && now.isAfter(unchangedSince.plus(options.settle()));
			if (unsettled == 0 || stalled || now.isAfter(giveUp)) {
				return orders;
			}
			FaultRunner.sleep(POLL);
		}
	}

	private static List<SagaLedger.Order> read(SagaLedger ledger) {
		while (true) {
			try {
				return ledger.orders();
			}
			catch (SQLException ex) {
				FaultRunner.say("cannot read the databases yet (" + ex.getMessage() + "); trying again");
				FaultRunner.sleep(POLL);
			}
		}
	}

}

package dev.foodmesh.infra.drill;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The drill's one table, in Markdown, and the verdict. */
final class DrillReport {

	private final PrintStream out;

	DrillReport(PrintStream out) {
		this.out = out;
	}

	/** Prints everything; returns whether every count that must be 0 is 0. */
	boolean print(DrillOptions options, List<SagaLedger.Order> orders, Findings findings, ProviderLog provider,
			PoisonRecords.Outcome poison, List<FaultRunner.Result> faults, Tally tally) {
		long failedFaults = faults.stream().filter((f) -> f.error() != null || f.recovered() == null).count();
		this.out.printf(Locale.ROOT, "%nFault drill %s: %d orders offered at %.0f/s, faults %s%n%n", options.runId(),
				options.orders(), options.rate(), options.plan().name().toLowerCase(Locale.ROOT));
		this.out.println("| count | value | must be |");
		this.out.println("|---|---:|---:|");
		row("placed (accepted: orders with the run's Idempotency-Key)", orders.size(), "");
		SagaLedger.byStatus(orders).forEach((status, count) -> row("  at the end: " + status, count, ""));
		row("lost (accepted, not terminal at the end)", findings.lost(), "0");
		row("charged twice", findings.chargedTwice(), "0");
		row("provider charges per order > 1 (payment-service log)", findings.providerChargedTwice(), "0");
		row("provider refunds per order > 1 (payment-service log)", findings.providerRefundedTwice(), "0");
		this.out.printf(Locale.ROOT, "| provider charges / refunds in all | %d / %d | |%n",
				orders.stream().mapToLong((order) -> provider.chargesOf(order.id())).sum(),
				orders.stream().mapToLong((order) -> provider.refundsOf(order.id())).sum());
		row("refunded without a charge", findings.refundedWithoutCharge(), "0");
		row("refunded and delivered", findings.refundedAndDelivered(), "0");
		row("delivered while cancelled", findings.deliveredWhileCancelled(), "0");
		row("cancelled, still charged", findings.cancelledStillCharged(), "0");
		row("delivered without a charge", findings.deliveredWithoutCharge(), "0");
		this.out.printf(Locale.ROOT, "| poison records dead-lettered / injected | %d / %d | all |%n",
				poison.deadLettered(), poison.injected());
		row("  poison records not dead-lettered by every consumer", poison.missing(), "0");
		row("faults that failed or never recovered", failedFaults, "0");
		faults.forEach(this::fault);
		longest(faults).ifPresent((f) -> this.out.printf(Locale.ROOT, "| longest recovery: %s | %.1f s | |%n",
				f.fault().name(), f.toRecover().toMillis() / 1000.0));
		answers("placement answers", tally.startingWith("place "));
		answers("customer cancels", tally.startingWith("cancel "));
		answers("raced pickups", tally.startingWith("race pickup "));
		answers("raced cancels", tally.startingWith("race cancel "));
		boolean passed = findings.allZero() && poison.missing() == 0 && failedFaults == 0;
		this.out.println();
		this.out.println(passed ? "PASSED: every count that must be 0 is 0."
				: "FAILED: a count that must be 0 is not (docs/reliability.md explains each).");
		return passed;
	}

	private void row(String name, long value, String mustBe) {
		this.out.printf(Locale.ROOT, "| %s | %d | %s |%n", name, value, mustBe);
	}

	private void fault(FaultRunner.Result result) {
		String value = (result.error() != null) ? "failed: " + result.error() : (result.recovered() == null)
				? "not recovered" : String.format(Locale.ROOT, "%.1f s", result.toRecover().toMillis() / 1000.0);
		this.out.printf(Locale.ROOT, "| recovered after: %s | %s | |%n", result.fault().name(), value);
	}

	private static Optional<FaultRunner.Result> longest(List<FaultRunner.Result> faults) {
		return faults.stream()
			.filter((f) -> f.recovered() != null)
			.max(Comparator.comparing(FaultRunner.Result::toRecover));
	}

	private void answers(String what, Map<String, Long> counts) {
		if (!counts.isEmpty()) {
			this.out.printf(Locale.ROOT, "| %s (HTTP status: count; 0 = gave up) | %s | |%n", what,
					counts.toString().replaceAll("[a-z ]+ (\\d+)=", "$1: ").replaceAll("[{}]", ""));
		}
	}

}

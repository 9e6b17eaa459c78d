package dev.foodmesh.infra.drill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the simulated payment provider really did, per order: its {@code PSP charged order <id>} and
 * {@code PSP refunded order <id>} lines in payment-service's log, which the launcher appends to across restarts. Unlike
 * the payment events, these count the provider's own actions, so a charge repeated under a new key or after a
 * rollback shows here even when only one authorisation was recorded.
 *
 * <p>
 * The simulated provider lives in payment-service's JVM, so a SIGKILL also wipes its memory of idempotency keys: a
 * call whose answer was lost in the kill is charged again after the restart, which a real provider, keeping its keys
 * for days, would answer from memory. So charges are also counted per run of payment-service (the log's
 * {@code Starting PaymentServiceApplication} lines part the runs): more than one charge of an order within one run
 * is a defect; a charge repeated in a later run is the simulator's amnesia, reported beside it (docs/reliability.md).
 *
 * @param charges per order id, how often the provider held money for it
 * @param refunds per order id, how often the provider refunded it
 * @param mostChargesInOneRun per order id, the most charges within one run of payment-service
 */
record ProviderLog(Map<String, Integer> charges, Map<String, Integer> refunds, Map<String, Integer> mostChargesInOneRun) {

    private static final Pattern ACTION = Pattern.compile("PSP (charged|refunded) order ([0-9a-f-]{36})");

    private static final String RUN_START = "Starting PaymentServiceApplication";

    /** An empty account when there is no log (a stack the drill did not start and whose log it was not told). */
    static ProviderLog read(Path log) {
        Map<String, Integer> charges = new HashMap<>();
        Map<String, Integer> refunds = new HashMap<>();
        if (!Files.isRegularFile(log)) {
            FaultRunner.say("no payment-service log at " + log + ": provider counts are 0");
            return new ProviderLog(charges, refunds, Map.of());
        }
        Map<String, Integer> inThisRun = new HashMap<>();
        Map<String, Integer> mostInOneRun = new HashMap<>();
        // the log holds the JVM's and the agent's lines too; a line that is not UTF-8 must not end the count
        try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            lines.forEach((line) -> {
                if (line.contains(RUN_START)) {
                    inThisRun.clear();
                }
                Matcher action = ACTION.matcher(line);
                if (action.find()) {
                    String order = action.group(2);
                    (action.group(1).equals("charged") ? charges : refunds).merge(order, 1, Integer::sum);
                    if (action.group(1).equals("charged")) {
                        mostInOneRun.merge(order, inThisRun.merge(order, 1, Integer::sum), Math::max);
                    }
                }
            });
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + log, ex);
        }
        return new ProviderLog(charges, refunds, mostInOneRun);
    }

    /** The most charges of the order within one run of payment-service: more than one is a defect. */
    int mostChargesInOneRunOf(String orderId) {
        return this.mostChargesInOneRun.getOrDefault(orderId, 0);
    }

    int chargesOf(String orderId) {
        return this.charges.getOrDefault(orderId, 0);
    }

    int refundsOf(String orderId) {
        return this.refunds.getOrDefault(orderId, 0);
    }

}

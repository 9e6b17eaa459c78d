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
 * What the simulated payment provider really did, per order: its
 * {@code PSP charged order <id>} and {@code PSP refunded order <id>} lines in
 * payment-service's log, which the launcher appends to across restarts. Unlike the
 * payment events, these count the provider's own actions, so a charge repeated under a
 * new key or after a rollback shows here even when only one authorisation was recorded.
 *
 * @param charges per order id, how often the provider held money for it
 * @param refunds per order id, how often the provider refunded it
 */
record ProviderLog(Map<String, Integer> charges, Map<String, Integer> refunds) {

	private static final Pattern ACTION = Pattern.compile("PSP (charged|refunded) order ([0-9a-f-]{36})");

	/**
	 * An empty account when there is no log (a stack the drill did not start and whose
	 * log it was not told).
	 */
	static ProviderLog read(Path log) {
		Map<String, Integer> charges = new HashMap<>();
		Map<String, Integer> refunds = new HashMap<>();
		if (!Files.isRegularFile(log)) {
			FaultRunner.say("no payment-service log at " + log + ": provider counts are 0");
			return new ProviderLog(charges, refunds);
		}
		// the log holds the JVM's and the agent's lines too; a line that is not UTF-8
		// must not end the count
		try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
			lines.forEach((line) -> {
				Matcher action = ACTION.matcher(line);
				if (action.find()) {
					(action.group(1).equals("charged") ? charges : refunds).merge(action.group(2), 1, Integer::sum);
				}
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + log, ex);
		}
		return new ProviderLog(charges, refunds);
	}

	int chargesOf(String orderId) {
		return this.charges.getOrDefault(orderId, 0);
	}

	int refundsOf(String orderId) {
		return this.refunds.getOrDefault(orderId, 0);
	}

}

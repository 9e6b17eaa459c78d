package dev.foodmesh.infra.local;

import java.util.List;

/**
 * A service exited or timed out before it was ready. The message ends with the tail of
 * its log.
 */
public final class ServiceStartException extends RuntimeException {

	private static final int TAIL_LINES = 25;

	private final transient ServiceProcess service;

	ServiceStartException(ServiceProcess service, String reason) {
		super(reason + tail(service));
		this.service = service;
	}

	public ServiceProcess service() {
		return this.service;
	}

	private static String tail(ServiceProcess service) {
		List<String> lines = service.logTail(TAIL_LINES);
		if (lines.isEmpty()) {
			return " (its log " + service.logFile() + " is empty)";
		}
		return "\nLast lines of " + service.logFile() + ":\n    " + String.join("\n    ", lines);
	}

}

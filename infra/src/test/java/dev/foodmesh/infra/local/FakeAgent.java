package dev.foodmesh.infra.local;

/**
 * Stands in for the OpenTelemetry agent in the launcher's tests ({@code -javaagent:} of a
 * jar whose {@code Premain-Class} this is): attaches and does nothing, so the agent's
 * settings can be checked without its start-up cost.
 */
public final class FakeAgent {

	private FakeAgent() {
	}

	public static void premain(String arguments) {
		// nothing to instrument: the test reads the agent's environment from the fake
		// service
	}

}

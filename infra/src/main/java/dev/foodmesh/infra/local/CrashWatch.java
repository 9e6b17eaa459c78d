package dev.foodmesh.infra.local;

import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Reports a service that exits on its own while the stack runs, so the console does not
 * go on looking healthy; an exit the control channel asked for, or one during the stack's
 * stop, is no crash.
 */
final class CrashWatch {

	private final Set<String> expectedExits = ConcurrentHashMap.newKeySet();

	private final BooleanSupplier stopping;

	private final StateDirectory state;

	private final PrintStream out;

	CrashWatch(BooleanSupplier stopping, StateDirectory state, PrintStream out) {
		this.stopping = stopping;
		this.state = state;
		this.out = out;
	}

	/** Watches the service's current process. */
	void watch(ServiceProcess service) {
		service.onExit().thenAccept((code) -> {
			if (!this.stopping.getAsBoolean() && !this.expectedExits.remove(service.name())) {
				this.out.println();
				this.out.println("!! " + service.name() + " exited with code " + code + ". See "
						+ this.state.relative(service.logFile())
						+ ". The rest keeps running; Ctrl-C stops everything.");
			}
		});
	}

	/** The next exit of this service is on purpose. */
	void expectExit(ServiceProcess service) {
		this.expectedExits.add(service.name());
	}

}

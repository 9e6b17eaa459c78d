package dev.foodmesh.infra.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The faults of the running local stack ({@link StackFaults}, served by
 * {@link StackControl}): each acts on one part and announces itself on the launcher's
 * console, so that whoever watches it knows the outage is on purpose.
 */
final class LocalStackFaults implements StackFaults {

	private final LocalInfrastructure infrastructure;

	private final Supplier<ServiceFleet> fleet;

	private final StateDirectory state;

	private final CrashWatch crashes;

	private final PrintStream out;

	LocalStackFaults(LocalInfrastructure infrastructure, Supplier<ServiceFleet> fleet, StateDirectory state,
			CrashWatch crashes, PrintStream out) {
		this.infrastructure = infrastructure;
		this.fleet = fleet;
		this.state = state;
		this.crashes = crashes;
		this.out = out;
	}

	@Override
	public String killService(String name) {
		ServiceProcess service = runningService(name);
		long pid = service.pid().orElse(-1);
		this.crashes.expectExit(service);
		service.kill();
		return announce("SIGKILL to " + service.name() + " (pid " + pid + ")");
	}

	@Override
	public String startService(String name, Duration timeout) {
		ServiceProcess service = this.fleet.get().service(name);
		long begin = System.nanoTime();
		service.start();
		this.crashes.watch(service);
		this.state.writePidFiles(this.fleet.get());
		service.awaitReady(timeout);
		return announce(String.format(Locale.ROOT, "started %s (pid %d), ready after %.1f s", service.name(),
				service.pid().orElse(-1), Elapsed.seconds(begin)));
	}

	@Override
	public String pauseService(String name) {
		ServiceProcess service = runningService(name);
		service.pause();
		return announce("SIGSTOP to " + service.name() + " (pid " + service.pid().orElse(-1) + ")");
	}

	@Override
	public String resumeService(String name) {
		ServiceProcess service = runningService(name);
		service.resume();
		return announce("SIGCONT to " + service.name() + " (pid " + service.pid().orElse(-1) + ")");
	}

	@Override
	public String stopKafka() {
		return announce(this.infrastructure.stopKafka());
	}

	@Override
	public String startKafka() {
		return announce(this.infrastructure.startKafka());
	}

	@Override
	public String killPostgres() {
		return announce(this.infrastructure.killPostgres());
	}

	@Override
	public String startPostgres() {
		return announce(this.infrastructure.startPostgres());
	}

	@Override
	public String status() {
		String services = this.fleet.get()
			.services()
			.stream()
			.map((service) -> String.format(Locale.ROOT, "{\"name\":\"%s\",\"pid\":%d,\"alive\":%s}", service.name(),
					service.pid().orElse(-1), service.isAlive()))
			.collect(Collectors.joining(","));
		return "{\"services\":[" + services + "]," + this.infrastructure.statusJson() + "}";
	}

	private ServiceProcess runningService(String name) {
		ServiceProcess service = this.fleet.get().service(name);
		if (!service.isAlive()) {
			throw new IllegalStateException(service.name() + " is not running");
		}
		return service;
	}

	private String announce(String what) {
		this.out.println("control: " + what);
		return what;
	}

}

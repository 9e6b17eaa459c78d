package dev.foodmesh.infra.local;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * What the launcher prints while the services start: a line for each as it gets ready
 * and, every {@code interval} until the last one is, which are still starting. Five JVMs
 * on a small laptop take a minute or more before the first is ready; without the reminder
 * the console looks stuck.
 */
final class StartupProgress implements AutoCloseable {

	private final PrintStream out;

	private final DoubleSupplier elapsedSeconds;

	private final Set<String> starting;

	private final ScheduledExecutorService reminders;

	private StartupProgress(PrintStream out, Collection<String> services, DoubleSupplier elapsedSeconds,
			ScheduledExecutorService reminders) {
		this.out = out;
		this.elapsedSeconds = elapsedSeconds;
		this.starting = new LinkedHashSet<>(services);
		this.reminders = reminders;
	}

	/**
	 * Reports on {@code services}, naming those still starting every {@code interval}
	 * until {@link #close()}.
	 */
	static StartupProgress every(Duration interval, Collection<String> services, PrintStream out,
			DoubleSupplier elapsedSeconds) {
		ScheduledExecutorService reminders = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "startup-progress");
			thread.setDaemon(true);
			return thread;
		});
		StartupProgress progress = new StartupProgress(out, services, elapsedSeconds, reminders);
		long millis = interval.toMillis();
		reminders.scheduleAtFixedRate(progress::remind, millis, millis, TimeUnit.MILLISECONDS);
		return progress;
	}

	/** A service answered its readiness probe. */
	void ready(String service) {
		synchronized (this.starting) {
			this.starting.remove(service);
			this.out.printf(Locale.ROOT, "  %-19s ready (%.1f s)%n", service, this.elapsedSeconds.getAsDouble());
		}
	}

	/** Names the services not ready yet, if any. */
	void remind() {
		synchronized (this.starting) {
			if (!this.starting.isEmpty()) {
				this.out.printf(Locale.ROOT, "  still starting: %s (%.1f s)%n", String.join(", ", this.starting),
						this.elapsedSeconds.getAsDouble());
			}
		}
	}

	@Override
	public void close() {
		this.reminders.shutdownNow();
	}

}

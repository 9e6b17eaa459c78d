package dev.foodmesh.infra.local;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class StartupProgressTest {

	private final ByteArrayOutputStream console = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.console, true, StandardCharsets.UTF_8);

	private final AtomicReference<Double> elapsed = new AtomicReference<>(0.0);

	@Test
	void shouldNameTheServicesStillStartingUntilTheLastIsReady() {
		try (StartupProgress progress = StartupProgress.every(Duration.ofHours(1),
				List.of("user-service", "order-service", "payment-service"), this.out, this.elapsed::get)) {
			this.elapsed.set(15.2);
			progress.remind();
			this.elapsed.set(20.5);
			progress.ready("order-service");
			this.elapsed.set(30.2);
			progress.remind();
			progress.ready("user-service");
			progress.ready("payment-service");
			progress.remind();
		}

		assertThat(lines()).containsExactly("  still starting: user-service, order-service, payment-service (15.2 s)",
				"  order-service       ready (20.5 s)", "  still starting: user-service, payment-service (30.2 s)",
				"  user-service        ready (30.2 s)", "  payment-service     ready (30.2 s)");
	}

	@Test
	void shouldRemindByItselfAtTheInterval() {
		try (StartupProgress progress = StartupProgress.every(Duration.ofMillis(50), List.of("delivery-service"),
				this.out, this.elapsed::get)) {
			await().atMost(Duration.ofSeconds(5)).until(() -> !lines().isEmpty());
			progress.ready("delivery-service");
		}

		assertThat(lines()).first().isEqualTo("  still starting: delivery-service (0.0 s)");
		assertThat(lines()).last().isEqualTo("  delivery-service    ready (0.0 s)");
	}

	private List<String> lines() {
		return this.console.toString(StandardCharsets.UTF_8).lines().toList();
	}

}

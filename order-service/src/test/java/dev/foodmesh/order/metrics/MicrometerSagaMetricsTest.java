package dev.foodmesh.order.metrics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderFixtures;
import dev.foodmesh.order.domain.OrderStatus;
import dev.foodmesh.order.domain.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

class MicrometerSagaMetricsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final MicrometerSagaMetrics metrics = new MicrometerSagaMetrics(this.registry);

	@Test
	void shouldTimeEachStageAndCountTheDeliveredOrder() {
		Order pickedUp = OrderFixtures.anOrderIn(OrderStatus.PICKED_UP);
		Order delivered = OrderFixtures.after(pickedUp, Trigger.DELIVERED);

		StepVerifier.create(this.metrics.changed(pickedUp, delivered)).verifyComplete();

		assertThat(this.registry.get("foodmesh.order.saga.stage").tag("stage", "placed_to_delivered").timer().count())
			.isEqualTo(1);
		assertThat(this.registry.get("foodmesh.order.terminal")
			.tags("status", "DELIVERED", "reason", "none")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void shouldCountACancelledOrderByReason() {
		Order pending = OrderFixtures.anOrderAwaitingPayment();

		StepVerifier.create(this.metrics.changed(pending, OrderFixtures.after(pending, Trigger.PAYMENT_TIMED_OUT)))
			.verifyComplete();

		assertThat(this.registry.get("foodmesh.order.terminal")
			.tags("status", "CANCELLED", "reason", "PAYMENT_TIMEOUT")
			.counter()
			.count()).isEqualTo(1);
	}

	@Test
	void shouldRecordNothingWhenTheStatusStayed() {
		Order cancelled = OrderFixtures.anOrderIn(OrderStatus.CANCELLED);

		StepVerifier.create(this.metrics.changed(cancelled, OrderFixtures.after(cancelled, Trigger.PAYMENT_REFUNDED)))
			.verifyComplete();

		assertThat(this.registry.find("foodmesh.order.terminal").counters())
			.allSatisfy((counter) -> assertThat(counter.count()).isZero());
		assertThat(this.registry.find("foodmesh.order.saga.stage").timers())
			.allSatisfy((timer) -> assertThat(timer.count()).isZero());
	}

}

package dev.foodmesh.order.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.AfterCommit;
import dev.foodmesh.order.application.SagaMetrics;
import dev.foodmesh.order.domain.CancellationReason;
import dev.foodmesh.order.domain.Order;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * Saga metrics, recorded after the change commits (a rolled-back or retried change counts
 * once, or not at all):
 * <ul>
 * <li>{@code foodmesh.order.saga.stage} timer, tag {@code stage}: {@code placed_to_paid},
 * {@code paid_to_courier_assigned}, {@code placed_to_delivered};</li>
 * <li>{@code foodmesh.order.terminal} counter, tags {@code status} ({@code DELIVERED},
 * {@code CANCELLED}) and {@code reason} (the cancellation reason, {@code none} when
 * delivered).</li>
 * </ul>
 */
@Component
class MicrometerSagaMetrics implements SagaMetrics {

	private final MeterRegistry registry;

	private static final List<String> STAGES = List.of("placed_to_paid", "paid_to_courier_assigned",
			"placed_to_delivered");

	MicrometerSagaMetrics(MeterRegistry registry) {
		this.registry = registry;
		// registered at zero up front: Prometheus' increase() cannot see a series' first
		// step, so an alert on the first PAYMENT_TIMEOUT after a start would miss it
		STAGES.forEach(this::stageTimer);
		terminalCounter(OrderStatus.DELIVERED, "none");
		for (CancellationReason reason : CancellationReason.values()) {
			terminalCounter(OrderStatus.CANCELLED, reason.name());
		}
	}

	@Override
	public Mono<Void> changed(Order previous, Order next) {
		if (previous.status() == next.status()) {
			return Mono.empty();
		}
		return AfterCommit.run(() -> record(next));
	}

	private void record(Order order) {
		switch (order.status()) {
			case PAID -> stage("placed_to_paid", Optional.of(order.createdAt()), order.reachedAt(OrderStatus.PAID));
			case DELIVERY_SCHEDULED -> stage("paid_to_courier_assigned", order.reachedAt(OrderStatus.PAID),
					order.reachedAt(OrderStatus.DELIVERY_SCHEDULED));
			case DELIVERED -> {
				stage("placed_to_delivered", Optional.of(order.createdAt()), order.reachedAt(OrderStatus.DELIVERED));
				terminal(order, "none");
			}
			case CANCELLED ->
				terminal(order, (order.cancellationReason() != null) ? order.cancellationReason().name() : "none");
			default -> {
				// no stage ends here
			}
		}
	}

	private void stage(String stage, Optional<Instant> from, Optional<Instant> to) {
		if (from.isPresent() && to.isPresent()) {
			stageTimer(stage).record(Duration.between(from.get(), to.get()));
		}
	}

	private void terminal(Order order, String reason) {
		terminalCounter(order.status(), reason).increment();
	}

	// buckets up to 2 h: a real delivery takes far longer than the 30 s a timer's
	// histogram covers by default
	private Timer stageTimer(String stage) {
		return Timer.builder("foodmesh.order.saga.stage")
			.description("Time an order took through a stage of the saga")
			.tag("stage", stage)
			.publishPercentileHistogram()
			.maximumExpectedValue(Duration.ofHours(2))
			.register(this.registry);
	}

	private Counter terminalCounter(OrderStatus status, String reason) {
		return Counter.builder("foodmesh.order.terminal")
			.description("Orders that reached a terminal status, by status and reason")
			.tag("status", status.name())
			.tag("reason", reason)
			.register(this.registry);
	}

}

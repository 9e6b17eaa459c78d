package dev.foodmesh.order.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import dev.foodmesh.order.application.OverdueMetrics;
import dev.foodmesh.order.domain.OrderStatus;

/**
 * {@code foodmesh.order.overdue} gauge, tag {@code status}: orders in that status longer
 * than its bound, as the last overdue pass counted them (every replica counts the same
 * orders: alert on the maximum, not the sum). Registered at zero for every non-terminal
 * status but PAYMENT_PENDING, whose bound cancels the order itself.
 */
@Component
class MicrometerOverdueMetrics implements OverdueMetrics {

	private final Map<OrderStatus, AtomicLong> overdue = new EnumMap<>(OrderStatus.class);

	MicrometerOverdueMetrics(MeterRegistry registry) {
		for (OrderStatus status : OrderStatus.values()) {
			if (!status.isTerminal() && status != OrderStatus.PAYMENT_PENDING) {
				AtomicLong count = new AtomicLong();
				this.overdue.put(status, count);
				Gauge.builder("foodmesh.order.overdue", count, AtomicLong::get)
					.description("Orders in a non-terminal status for longer than its bound")
					.tag("status", status.name())
					.register(registry);
			}
		}
	}

	@Override
	public void overdue(Map<OrderStatus, Long> counts) {
		this.overdue.forEach((status, count) -> count.set(counts.getOrDefault(status, 0L)));
	}

}

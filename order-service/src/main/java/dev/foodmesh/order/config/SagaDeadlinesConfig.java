package dev.foodmesh.order.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.messaging.support.PeriodicTask;
import dev.foodmesh.order.application.ChaseOverdueOrders;
import dev.foodmesh.order.application.TimeOutPayments;

/**
 * The saga's deadline passes, every {@code foodmesh.order.payment-timeout-scan.interval}
 * on the kit's {@link PeriodicTask}: the payment timeout, and the bounds of the other
 * non-terminal statuses ({@link ChaseOverdueOrders}). Each pass stands alone (a failing
 * one does not hold back the other) and is safe on every replica at once: both lock the
 * orders they move with {@code SKIP LOCKED}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "foodmesh.order.payment-timeout-scan.enabled", matchIfMissing = true)
class SagaDeadlinesConfig {

	private static final Logger logger = LoggerFactory.getLogger(SagaDeadlinesConfig.class);

	@Bean
	PeriodicTask paymentTimeoutPass(TimeOutPayments timeOutPayments, OrderProperties properties) {
		return new PeriodicTask("payment-timeout pass", properties.paymentTimeoutScan().interval(),
				() -> logMoved(timeOutPayments.timeOutOverdue(), "Cancelled {} orders whose payment timed out"));
	}

	@Bean
	PeriodicTask overduePass(ChaseOverdueOrders chaseOverdueOrders, OrderProperties properties) {
		return new PeriodicTask("overdue pass", properties.paymentTimeoutScan().interval(),
				() -> logMoved(chaseOverdueOrders.chase(), "Moved on {} overdue orders"));
	}

	private static Mono<Long> logMoved(Mono<Long> pass, String message) {
		return pass.doOnNext((moved) -> {
			if (moved > 0) {
				logger.info(message, moved);
			}
		});
	}

}

package dev.foodmesh.order.config;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import dev.foodmesh.messaging.Traces;
import dev.foodmesh.order.application.TimeOutPayments;

/**
 * Runs the payment timeout scan every {@code foodmesh.order.payment-timeout-scan.interval} while the application
 * runs: the one subscription order-service makes itself. A failed scan is logged and the next one runs on time; a
 * scan in flight at shutdown is cancelled, which rolls its transaction back (the next start redoes it).
 */
@Component
@ConditionalOnBooleanProperty(name = "foodmesh.order.payment-timeout-scan.enabled", matchIfMissing = true)
class PaymentTimeoutScheduler implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PaymentTimeoutScheduler.class);

	private final TimeOutPayments timeOutPayments;

	private final OrderProperties properties;

	private @Nullable Disposable running;

	PaymentTimeoutScheduler(TimeOutPayments timeOutPayments, OrderProperties properties) {
		this.timeOutPayments = timeOutPayments;
		this.properties = properties;
	}

	@Override
	public synchronized void start() {
		this.running = Flux.interval(this.properties.paymentTimeoutScan().interval())
			.onBackpressureDrop()
			.concatMap((tick) -> scanOnce(), 1)
			.subscribe();
	}

	@Override
	public synchronized void stop() {
		if (this.running != null) {
			this.running.dispose();
			this.running = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.running != null;
	}

	private Mono<Long> scanOnce() {
		return Traces.outsideAnyTrace(this.timeOutPayments::timeOutOverdue)
			.doOnNext((cancelled) -> {
				if (cancelled > 0) {
					logger.info("Cancelled {} orders whose payment timed out", cancelled);
				}
			})
			.onErrorResume((error) -> {
				logger.warn("Payment timeout scan failed; retrying at the next interval", error);
				return Mono.empty();
			});
	}

}

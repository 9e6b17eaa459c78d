package dev.foodmesh.order.config;

import java.util.function.Supplier;

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
import dev.foodmesh.order.application.ChaseOverdueOrders;
import dev.foodmesh.order.application.TimeOutPayments;

/**
 * Runs the saga's deadline passes every {@code foodmesh.order.payment-timeout-scan.interval} while the application
 * runs: the payment timeout, then the bounds of the other non-terminal statuses ({@link ChaseOverdueOrders}). The
 * one subscription order-service makes itself. A failed pass is logged and the next one runs on time; a pass in
 * flight at shutdown is cancelled, which rolls its transaction back (the next start redoes it).
 */
@Component
@ConditionalOnBooleanProperty(name = "foodmesh.order.payment-timeout-scan.enabled", matchIfMissing = true)
class SagaDeadlineScheduler implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(SagaDeadlineScheduler.class);

	private final TimeOutPayments timeOutPayments;

	private final ChaseOverdueOrders chaseOverdueOrders;

	private final OrderProperties properties;

	private @Nullable Disposable running;

	SagaDeadlineScheduler(TimeOutPayments timeOutPayments, ChaseOverdueOrders chaseOverdueOrders,
			OrderProperties properties) {
		this.timeOutPayments = timeOutPayments;
		this.chaseOverdueOrders = chaseOverdueOrders;
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
		return pass("Payment timeout", "Cancelled {} orders whose payment timed out", this.timeOutPayments::timeOutOverdue)
			.then(pass("Overdue", "Moved on {} overdue orders", this.chaseOverdueOrders::chase));
	}

	// each pass on its own: a failing one neither stops the other nor the next interval
	private static Mono<Long> pass(String name, String logMoved, Supplier<Mono<Long>> work) {
		return Traces.outsideAnyTrace(work).doOnNext((moved) -> {
			if (moved > 0) {
				logger.info(logMoved, moved);
			}
		}).onErrorResume((error) -> {
			logger.warn("{} pass failed; retrying at the next interval", name, error);
			return Mono.empty();
		});
	}

}

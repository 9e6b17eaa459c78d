package dev.foodmesh.payment.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.messaging.support.PeriodicTask;
import dev.foodmesh.payment.application.SettlePayment;

/**
 * The PSP calls, made outside the consumer's transaction: right after a reservation
 * commits, and on recovery.
 */
@Configuration(proxyBeanMethods = false)
class SettlementConfig {

	@Bean
	Settler settler(SettlePayment settlePayment) {
		return new Settler(settlePayment);
	}

	@Bean
	SettlementWorker settlementWorker(Settler settler, PaymentProperties properties,
			@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownTimeout) {
		return new SettlementWorker(settler, properties.settlement().batchWindow(), shutdownTimeout);
	}

	// stops with the settlement worker, after the consumers and before the relay, which
	// publishes what it settled
	@Bean
	PeriodicTask recoveryPass(SettlePayment settlePayment, Settler settler, PaymentProperties properties,
			@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownTimeout) {
		PaymentProperties.Recovery recovery = properties.recovery();
		RecoveryPass pass = new RecoveryPass(settlePayment, settler, recovery.staleAfter());
		return new PeriodicTask("payment recovery pass", recovery.interval(), shutdownTimeout, SettlementWorker.PHASE,
				pass::recover);
	}

}

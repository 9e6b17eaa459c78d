package dev.foodmesh.payment.config;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.payment.application.SettlePayment;

/** The PSP calls, made outside the consumer's transaction: right after a reservation commits, and on recovery. */
@Configuration(proxyBeanMethods = false)
class SettlementConfig {

    @Bean
    Settler settler(SettlePayment settlePayment) {
        return new Settler(settlePayment);
    }

    @Bean
    SettlementWorker settlementWorker(Settler settler,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownTimeout) {
        return new SettlementWorker(settler, shutdownTimeout);
    }

    @Bean
    RecoveryPass recoveryPass(SettlePayment settlePayment, Settler settler, PaymentProperties properties,
            @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration shutdownTimeout) {
        PaymentProperties.Recovery recovery = properties.recovery();
        return new RecoveryPass(settlePayment, settler, recovery.interval(), recovery.staleAfter(), shutdownTimeout);
    }

}

package dev.foodmesh.payment.config;

import java.util.Random;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.payment.application.PaymentGateway;
import dev.foodmesh.payment.psp.SimulatedPaymentGateway;
import dev.foodmesh.payment.psp.SimulatorFaults;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PspConfig {

    @Bean
    SimulatorFaults simulatorFaults(PaymentProperties properties) {
        PaymentProperties.Simulator simulator = properties.simulator();
        Random random = simulator.seed() == null ? new Random() : new Random(simulator.seed());
        return new SimulatorFaults(simulator.failureRate(), random);
    }

    @Bean
    PaymentGateway paymentGateway(PaymentProperties properties, SimulatorFaults faults, MeterRegistry registry) {
        return new SimulatedPaymentGateway(properties.simulator().latency(), properties.psp().timeout(), faults,
                registry);
    }

}

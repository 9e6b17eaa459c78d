package dev.foodmesh.payment.config;

import java.util.Random;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.payment.application.PaymentGateway;
import dev.foodmesh.payment.psp.SimulatedPaymentGateway;
import dev.foodmesh.payment.psp.SimulatedPsp;
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
	SimulatedPsp simulatedPsp(PaymentProperties properties, SimulatorFaults faults, MeterRegistry registry) {
		PaymentProperties.Simulator simulator = properties.simulator();
		if (simulator.journal() == null) {
			return new SimulatedPsp(simulator.latency(), faults, simulator.ledgerCapacity(), registry);
		}
		return SimulatedPsp.journaled(simulator.latency(), faults, simulator.ledgerCapacity(), simulator.journal(),
				registry);
	}

	@Bean
	PaymentGateway paymentGateway(SimulatedPsp psp, PaymentProperties properties, MeterRegistry registry) {
		return new SimulatedPaymentGateway(psp, properties.psp().timeout(), properties.psp().retries(), registry);
	}

}

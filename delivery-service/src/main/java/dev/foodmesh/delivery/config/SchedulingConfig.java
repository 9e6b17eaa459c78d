package dev.foodmesh.delivery.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.delivery.application.AssignWaitingDeliveries;
import dev.foodmesh.delivery.application.SimulateCouriers;
import dev.foodmesh.messaging.support.PeriodicTask;

/**
 * The background passes; each is safe to run on every replica at once (they skip rows
 * another one holds).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfig {

	@Bean
	PeriodicTask courierWaitScan(AssignWaitingDeliveries assignWaitingDeliveries, DeliveryProperties properties) {
		return new PeriodicTask("courier-wait scan", properties.assignmentInterval(),
				assignWaitingDeliveries::assignWaiting);
	}

	@Bean
	@ConditionalOnBooleanProperty("foodmesh.delivery.simulator.enabled")
	PeriodicTask courierSimulator(SimulateCouriers simulateCouriers, DeliveryProperties properties) {
		return new PeriodicTask("courier simulator", properties.simulator().interval(), simulateCouriers::pass);
	}

}

package dev.foodmesh.order.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import dev.foodmesh.order.api.PlacementAdmission;

/** The bound of placements in flight ({@code foodmesh.order.placement.max-in-flight}). */
@Configuration(proxyBeanMethods = false)
class AdmissionConfig {

	@Bean
	PlacementAdmission placementAdmission(OrderProperties properties) {
		return new PlacementAdmission(properties.placement().maxInFlight());
	}

}

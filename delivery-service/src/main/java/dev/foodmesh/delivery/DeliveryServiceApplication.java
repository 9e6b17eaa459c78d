package dev.foodmesh.delivery;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * delivery-service: couriers, courier assignment and delivery progress in the FoodMesh
 * order saga.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DeliveryServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(DeliveryServiceApplication.class, args);
	}

}

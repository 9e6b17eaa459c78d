package dev.foodmesh.delivery.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.ConfigurationMetadata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code foodmesh.delivery.*}: checked when bound, and described for IDEs by the
 * configuration processor.
 */
class DeliveryPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Binding.class);

	@Test
	void shouldBindTheDefaultsAndAcceptASimulatorWithoutDelays() {
		this.context.withPropertyValues("foodmesh.delivery.simulator.delivery-delay=0s")
			.run((started) -> assertThat(started.getBean(DeliveryProperties.class).simulator().deliveryDelay())
				.isZero());
		this.context.run((started) -> assertThat(started.getBean(DeliveryProperties.class).courierWait())
			.isEqualTo(Duration.ofSeconds(30)));
	}

	@Test
	void shouldRefuseToStartOnAValueOutOfRangeNamingTheProperty() {
		this.context.withPropertyValues("foodmesh.delivery.batch-size=0")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("foodmesh.delivery")
				.hasMessageContaining("batchSize"));
		this.context.withPropertyValues("foodmesh.delivery.simulator.pickup-delay=-1s")
			.run((started) -> assertThat(started).getFailure().rootCause().hasMessageContaining("pickupDelay"));
	}

	@Test
	void shouldDescribeEveryKeyForTheIde() {
		assertThat(ConfigurationMetadata.under("foodmesh.delivery"))
			.containsKeys("foodmesh.delivery.courier-wait", "foodmesh.delivery.eta.to-customer",
					"foodmesh.delivery.simulator.enabled", "foodmesh.delivery.simulator.interval",
					"foodmesh.delivery.retention.cancelled-orders")
			.allSatisfy((name, property) -> assertThat(property.getDescription()).as(name).isNotBlank())
			.hasEntrySatisfying("foodmesh.delivery.courier-wait",
					(property) -> assertThat(property.getDefaultValue()).isEqualTo("30s"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(DeliveryProperties.class)
	static class Binding {

	}

}

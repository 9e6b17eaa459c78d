package dev.foodmesh.order.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.ConfigurationMetadata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code foodmesh.order.*}: checked when bound, and described for IDEs by the
 * configuration processor.
 */
class OrderPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Binding.class);

	@Test
	void shouldBindTheDefaults() {
		this.context.run((started) -> {
			OrderProperties properties = started.getBean(OrderProperties.class);
			assertThat(properties.paymentTimeout()).isEqualTo(Duration.ofSeconds(60));
			assertThat(properties.placement().maxInFlight()).isEqualTo(64);
		});
	}

	@Test
	void shouldRefuseToStartOnAValueOutOfRangeNamingTheProperty() {
		this.context.withPropertyValues("foodmesh.order.payment-timeout-scan.batch-size=0")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("foodmesh.order")
				.hasMessageContaining("paymentTimeoutScan.batchSize"));
		this.context.withPropertyValues("foodmesh.order.lookups.response-timeout=0s")
			.run((started) -> assertThat(started).getFailure().rootCause().hasMessageContaining("responseTimeout"));
		this.context.withPropertyValues("foodmesh.order.placement.max-in-flight=0")
			.run((started) -> assertThat(started).getFailure().rootCause().hasMessageContaining("maxInFlight"));
	}

	@Test
	void shouldDescribeEveryKeyForTheIde() {
		assertThat(ConfigurationMetadata.under("foodmesh.order"))
			.containsKeys("foodmesh.order.user-service-url", "foodmesh.order.lookups.connect-timeout",
					"foodmesh.order.payment-timeout", "foodmesh.order.payment-timeout-scan.enabled",
					"foodmesh.order.status-stream.keep-alive", "foodmesh.order.retention.idempotency-keys",
					"foodmesh.order.placement.max-in-flight")
			.allSatisfy((name, property) -> assertThat(property.getDescription()).as(name).isNotBlank())
			.hasEntrySatisfying("foodmesh.order.payment-timeout",
					(property) -> assertThat(property.getDefaultValue()).isEqualTo("60s"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(OrderProperties.class)
	static class Binding {

	}

}

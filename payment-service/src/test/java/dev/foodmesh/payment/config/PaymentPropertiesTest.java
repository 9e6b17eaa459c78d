package dev.foodmesh.payment.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.ConfigurationMetadata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code foodmesh.payment.*}: checked when bound, and described for IDEs by the
 * configuration processor.
 */
class PaymentPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Binding.class);

	@Test
	void shouldBindTheDefaults() {
		this.context.run((started) -> assertThat(started.getBean(PaymentProperties.class).psp().timeout())
			.isEqualTo(Duration.ofSeconds(5)));
	}

	@Test
	void shouldRefuseToStartOnAValueOutOfRangeNamingTheProperty() {
		this.context.withPropertyValues("foodmesh.payment.simulator.failure-rate=1.5")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("foodmesh.payment.simulator")
				.hasMessageContaining("failureRate"));
		this.context.withPropertyValues("foodmesh.payment.psp.timeout=0s")
			.run((started) -> assertThat(started).getFailure().rootCause().hasMessageContaining("timeout"));
	}

	@Test
	void shouldDescribeEveryKeyForTheIde() {
		assertThat(ConfigurationMetadata.under("foodmesh.payment"))
			.containsKeys("foodmesh.payment.psp.timeout", "foodmesh.payment.simulator.latency",
					"foodmesh.payment.simulator.failure-rate", "foodmesh.payment.simulator.seed")
			.allSatisfy((name, property) -> assertThat(property.getDescription()).as(name).isNotBlank())
			.hasEntrySatisfying("foodmesh.payment.psp.timeout",
					(property) -> assertThat(property.getDefaultValue()).isEqualTo("5s"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(PaymentProperties.class)
	static class Binding {

	}

}

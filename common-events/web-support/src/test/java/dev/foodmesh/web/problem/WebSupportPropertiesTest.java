package dev.foodmesh.web.problem;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.ConfigurationMetadata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code foodmesh.web.*}: checked when bound; it and the {@code foodmesh.db.*} keys every
 * service's configuration uses are described for IDEs.
 */
class WebSupportPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Binding.class);

	@Test
	void shouldBindTheDefault() {
		this.context.run((started) -> assertThat(started.getBean(WebSupportProperties.class).outageRetryAfter())
			.isEqualTo(Duration.ofSeconds(5)));
	}

	@Test
	void shouldRefuseToStartOnANegativeRetryAfter() {
		this.context.withPropertyValues("foodmesh.web.outage-retry-after=-5s")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("foodmesh.web")
				.hasMessageContaining("outageRetryAfter"));
	}

	@Test
	void shouldDescribeEveryKeyForTheIde() {
		assertThat(ConfigurationMetadata.under("foodmesh.web")).containsOnlyKeys("foodmesh.web.outage-retry-after")
			.allSatisfy((name, property) -> assertThat(property.getDescription()).as(name).isNotBlank());
		assertThat(ConfigurationMetadata.under("foodmesh.db"))
			.containsOnlyKeys("foodmesh.db.host", "foodmesh.db.port", "foodmesh.db.name", "foodmesh.db.username",
					"foodmesh.db.password")
			.allSatisfy((name, property) -> assertThat(property.getDescription()).as(name).isNotBlank());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(WebSupportProperties.class)
	static class Binding {

	}

}

package dev.foodmesh.messaging.autoconfigure;

import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.ConfigurationMetadata;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code foodmesh.messaging.*}: checked when bound, and described for IDEs by the
 * configuration processor.
 */
class MessagingPropertiesTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Binding.class);

	@Test
	void shouldBindTheDefaults() {
		this.context.run((started) -> assertThat(started.getBean(MessagingProperties.class).consumer().batchSize())
			.isEqualTo(200));
	}

	@Test
	void shouldRefuseToStartOnAValueOutOfRangeNamingTheProperty() {
		this.context.withPropertyValues("foodmesh.messaging.consumer.batch-size=0")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining("foodmesh.messaging.consumer")
				.hasMessageContaining("batchSize"));
		this.context.withPropertyValues("foodmesh.messaging.outbox.poll-interval=-1s")
			.run((started) -> assertThat(started).getFailure().rootCause().hasMessageContaining("pollInterval"));
	}

	@Test
	void shouldRefuseALeaderLeaseALiveLeaderCouldNotRenew() {
		this.context
			.withPropertyValues("foodmesh.messaging.outbox.poll-interval=5s",
					"foodmesh.messaging.outbox.leader-lease=10s")
			.run((started) -> assertThat(started).getFailure()
				.rootCause()
				.hasMessageContaining(
						"foodmesh.messaging.outbox.leader-lease (PT10S) must be at least three poll intervals"));
		this.context.withPropertyValues("foodmesh.messaging.outbox.leader-lease=3s")
			.run((started) -> assertThat(started.getBean(MessagingProperties.class).outbox().leaderLease())
				.hasSeconds(3));
	}

	@Test
	void shouldDescribeEveryKeyForTheIde() {
		assertThat(ConfigurationMetadata.under("foodmesh.messaging"))
			.containsKeys("foodmesh.messaging.service-name", "foodmesh.messaging.outbox.batch-size",
					"foodmesh.messaging.outbox.retry-backoff.initial", "foodmesh.messaging.consumer.commit-interval",
					"foodmesh.messaging.topics.partitions", "foodmesh.messaging.redrive.timeout",
					"foodmesh.messaging.retention.processed-events", "foodmesh.messaging.outbox.leader-lease")
			.allSatisfy((name, property) -> assertThat(property.getDescription()).as(name).isNotBlank())
			.hasEntrySatisfying("foodmesh.messaging.consumer.batch-size",
					(property) -> assertThat(property.getDefaultValue()).isEqualTo(200));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(MessagingProperties.class)
	static class Binding {

	}

}

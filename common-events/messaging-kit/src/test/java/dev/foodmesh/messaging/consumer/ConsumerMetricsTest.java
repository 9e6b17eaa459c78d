package dev.foodmesh.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerMetricsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void shouldExportEveryCounterAtZeroForEveryTypeOfTheTopicBeforeTheFirstRecord() {
		new ConsumerMetrics(this.registry, "payment-service", "foodmesh.order.events.v1");

		for (String name : new String[] { "foodmesh.events.processed", "foodmesh.events.duplicates",
				"foodmesh.events.dead.lettered" }) {
			assertThat(this.registry.find(name).counters()).as(name)
				.extracting((counter) -> counter.getId().getTag("type"))
				.contains("dev.foodmesh.order.created.v1", "dev.foodmesh.order.paid.v1",
						"dev.foodmesh.order.cancelled.v1")
				.doesNotContain("dev.foodmesh.payment.authorized.v1");
			assertThat(this.registry.find(name).counters()).extracting(Counter::count).containsOnly(0.0);
		}
		assertThat(count("foodmesh.events.dead.lettered", "unknown")).isZero();
	}

	@Test
	void shouldCountEachOutcomeByConsumerTopicAndType() {
		ConsumerMetrics metrics = new ConsumerMetrics(this.registry, "payment-service", "foodmesh.order.events.v1");

		metrics.processed("dev.foodmesh.order.created.v1");
		metrics.processed("dev.foodmesh.order.created.v1");
		metrics.duplicate("dev.foodmesh.order.created.v1");
		metrics.deadLettered("unknown");

		assertThat(count("foodmesh.events.processed", "dev.foodmesh.order.created.v1")).isEqualTo(2.0);
		assertThat(count("foodmesh.events.duplicates", "dev.foodmesh.order.created.v1")).isEqualTo(1.0);
		assertThat(count("foodmesh.events.dead.lettered", "unknown")).isEqualTo(1.0);
		assertThat(this.registry.get("foodmesh.events.processed").tag("type", "dev.foodmesh.order.created.v1").counter()
			.getId()
			.getTags()).extracting((tag) -> tag.getKey() + "=" + tag.getValue())
			.containsExactlyInAnyOrder("consumer=payment-service", "topic=foodmesh.order.events.v1",
					"type=dev.foodmesh.order.created.v1");
	}

	private double count(String name, String type) {
		return this.registry.get(name).tag("type", type).counter().count();
	}

}

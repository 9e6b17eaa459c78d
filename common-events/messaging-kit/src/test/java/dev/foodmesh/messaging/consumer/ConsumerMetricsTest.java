package dev.foodmesh.messaging.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import dev.foodmesh.events.order.OrderIntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumerMetricsTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@Test
	void shouldExportEveryCounterAtZeroForEveryTypeOfTheTopicBeforeTheFirstRecord() {
		new ConsumerMetrics(this.registry, "payment-service", "foodmesh.order.events.v1", OrderIntegrationEvent.class);

		for (String name : new String[] { "foodmesh.events.processed", "foodmesh.events.duplicates",
				"foodmesh.events.ignored", "foodmesh.events.dead.lettered" }) {
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
		ConsumerMetrics metrics = new ConsumerMetrics(this.registry, "payment-service", "foodmesh.order.events.v1",
				OrderIntegrationEvent.class);

		metrics.processed("dev.foodmesh.order.created.v1");
		metrics.processed("dev.foodmesh.order.created.v1");
		metrics.duplicate("dev.foodmesh.order.created.v1");
		metrics.ignored("dev.foodmesh.order.paid.v1");
		metrics.deadLettered("unknown");

		assertThat(count("foodmesh.events.processed", "dev.foodmesh.order.created.v1")).isEqualTo(2.0);
		assertThat(count("foodmesh.events.duplicates", "dev.foodmesh.order.created.v1")).isEqualTo(1.0);
		assertThat(count("foodmesh.events.ignored", "dev.foodmesh.order.paid.v1")).isEqualTo(1.0);
		assertThat(count("foodmesh.events.ignored", "dev.foodmesh.order.created.v1")).isZero();
		assertThat(count("foodmesh.events.dead.lettered", "unknown")).isEqualTo(1.0);
		assertThat(this.registry.get("foodmesh.events.processed")
			.tag("type", "dev.foodmesh.order.created.v1")
			.counter()
			.getId()
			.getTags()).extracting((tag) -> tag.getKey() + "=" + tag.getValue())
			.containsExactlyInAnyOrder("consumer=payment-service", "topic=foodmesh.order.events.v1",
					"type=dev.foodmesh.order.created.v1");
	}

	@Test
	void shouldCountADeadLetterUnderItsTypeOnlyIfTheTopicCarriesItElseUnderUnknown() {
		ConsumerMetrics metrics = new ConsumerMetrics(this.registry, "payment-service", "foodmesh.order.events.v1",
				OrderIntegrationEvent.class);
		int seriesBefore = this.registry.find("foodmesh.events.dead.lettered").counters().size();

		metrics.deadLettered("dev.foodmesh.order.created.v1");
		metrics.deadLettered("drill." + java.util.UUID.randomUUID());
		metrics.deadLettered("dev.foodmesh.order.created.v9");
		metrics.deadLettered("dev.foodmesh.payment.authorized.v1");
		metrics.deadLettered("dev\uFFFD(\uFFFD");
		metrics.deadLettered(null);

		assertThat(count("foodmesh.events.dead.lettered", "dev.foodmesh.order.created.v1")).isEqualTo(1.0);
		assertThat(count("foodmesh.events.dead.lettered", "unknown")).isEqualTo(5.0);
		assertThat(this.registry.find("foodmesh.events.dead.lettered").counters()).as("no new series")
			.hasSize(seriesBefore);
	}

	@Test
	void shouldExportTheRestartAndDeadLetterFailureCountersAtZero() {
		ConsumerMetrics metrics = new ConsumerMetrics(this.registry, "payment-service", "foodmesh.order.events.v1",
				OrderIntegrationEvent.class);

		assertThat(this.registry.get("foodmesh.consumer.restarts")
			.tag("consumer", "payment-service")
			.tag("topic", "foodmesh.order.events.v1")
			.counter()
			.count()).isZero();
		assertThat(this.registry.get("foodmesh.events.dead.letter.failures")
			.tag("consumer", "payment-service")
			.tag("topic", "foodmesh.order.events.v1")
			.counter()
			.count()).isZero();

		metrics.restarted();
		metrics.deadLetterSendFailed();
		metrics.deadLetterSendFailed();

		assertThat(this.registry.get("foodmesh.consumer.restarts").counter().count()).isEqualTo(1.0);
		assertThat(this.registry.get("foodmesh.events.dead.letter.failures").counter().count()).isEqualTo(2.0);
	}

	private double count(String name, String type) {
		return this.registry.get(name).tag("type", type).counter().count();
	}

}

package dev.foodmesh.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TopicsTest {

	// the literal names are the wire contract (docs/conventions.md, the chart's topics
	// Job): this is where they are proven
	@Test
	void shouldNameEveryEventTopicAndItsDeadLetterTwinOnTheWire() {
		assertThat(Topics.withDeadLetters()).containsExactly("foodmesh.order.events.v1", "foodmesh.order.events.v1.dlt",
				"foodmesh.payment.events.v1", "foodmesh.payment.events.v1.dlt", "foodmesh.delivery.events.v1",
				"foodmesh.delivery.events.v1.dlt");
	}

	@Test
	void shouldListATopicForEveryProducerInTheCatalog() {
		assertThat(Topics.eventTopics()).containsExactlyInAnyOrderElementsOf(
				EventCatalog.all().stream().map(EventCatalog.EventType::topic).distinct().toList());
	}

}

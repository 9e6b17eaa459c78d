package dev.foodmesh.events;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.foodmesh.events.delivery.DeliveryIntegrationEvent;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.events.payment.PaymentDeclinedEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;

class EventCatalogTest {

	@Test
	void shouldCoverEveryPermittedEventRecord() {
		long permitted = Stream
			.of(OrderIntegrationEvent.class, PaymentIntegrationEvent.class, DeliveryIntegrationEvent.class)
			.mapToLong((topic) -> topic.getPermittedSubclasses().length)
			.sum();

		assertThat(EventCatalog.all()).hasSize((int) permitted);
	}

	@Test
	void shouldPutEveryTypeOnTheTopicOfItsProducer() {
		assertThat(EventCatalog.all())
			.allSatisfy((type) -> assertThat(type.topic()).contains("." + type.ceType().split("\\.")[2] + "."));
	}

	@Test
	void shouldFindTheEntryOfAnEvent() {
		var declined = new PaymentDeclinedEvent(UUID.randomUUID(), UUID.randomUUID(), Instant.EPOCH, UUID.randomUUID(),
				"CARD_DECLINED");

		assertThat(EventCatalog.forEvent(declined).ceType()).isEqualTo("dev.foodmesh.payment.declined.v1");
		assertThat(EventCatalog.forCeType("dev.foodmesh.payment.declined.v1")).get()
			.extracting(EventCatalog.EventType::javaType)
			.isEqualTo(PaymentDeclinedEvent.class);
		assertThat(EventCatalog.forCeType("dev.foodmesh.payment.declined.v9")).isEmpty();
	}

}

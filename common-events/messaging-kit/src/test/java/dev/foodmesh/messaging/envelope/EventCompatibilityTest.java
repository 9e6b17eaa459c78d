package dev.foodmesh.messaging.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.foodmesh.events.EventCatalog;
import dev.foodmesh.events.IntegrationEvent;
import dev.foodmesh.events.Topics;
import dev.foodmesh.events.delivery.DeliveryIntegrationEvent;
import dev.foodmesh.events.order.OrderIntegrationEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Today's reader still reads every published event version: each entry of the catalogue
 * has a golden sample
 * ({@code common-events/event-contracts/src/test/resources/contracts/<ce_type>.json},
 * copied onto this test classpath by the build), and the kit's real decoder reads it into
 * the right record with every field. Samples from a newer producer (an extra field) and
 * an older one (fields it did not have yet) still read.
 */
class EventCompatibilityTest {

	private static final Map<String, Class<? extends IntegrationEvent>> TOPIC_TYPES = Map.of(Topics.ORDER_EVENTS,
			OrderIntegrationEvent.class, Topics.PAYMENT_EVENTS, PaymentIntegrationEvent.class, Topics.DELIVERY_EVENTS,
			DeliveryIntegrationEvent.class);

	private static final Set<String> ENVELOPE_FIELDS = Set.of("eventId", "orderId", "occurredAt");

	private final EventJson json = new EventJson();

	private final EventDecoder decoder = new EventDecoder(this.json);

	private final JsonMapper trees = JsonMapper.shared();

	static Stream<EventCatalog.EventType> publishedVersions() {
		return EventCatalog.all().stream();
	}

	@ParameterizedTest
	@MethodSource("publishedVersions")
	void shouldReadTheGoldenSampleIntoItsRecordWithEveryField(EventCatalog.EventType type) throws Exception {
		byte[] sample = sampleOf(type);

		IntegrationEvent event = decode(type, sample);

		assertThat(event).isInstanceOf(type.javaType());
		for (RecordComponent component : type.javaType().getRecordComponents()) {
			assertThat(component.getAccessor().invoke(event)).as(component.getName()).isNotNull();
		}
		assertThat(this.trees.readTree(this.json.write(event))).isEqualTo(this.trees.readTree(sample));
	}

	@ParameterizedTest
	@MethodSource("publishedVersions")
	void shouldStillReadASampleWithAFieldAddedByANewerProducer(EventCatalog.EventType type) {
		ObjectNode newer = (ObjectNode) this.trees.readTree(sampleOf(type));
		newer.putObject("addedInALaterVersion").put("loyaltyPoints", 12);

		IntegrationEvent event = decode(type, this.trees.writeValueAsBytes(newer));

		assertThat(event).isEqualTo(decode(type, sampleOf(type)));
	}

	@ParameterizedTest
	@MethodSource("publishedVersions")
	void shouldStillReadASampleWithoutTheOptionalFields(EventCatalog.EventType type) {
		ObjectNode older = (ObjectNode) this.trees.readTree(sampleOf(type));
		older.retain(ENVELOPE_FIELDS);

		IntegrationEvent event = decode(type, this.trees.writeValueAsBytes(older));

		IntegrationEvent full = decode(type, sampleOf(type));
		assertThat(event.eventId()).isEqualTo(full.eventId());
		assertThat(event.orderId()).isEqualTo(full.orderId());
		assertThat(event.occurredAt()).isEqualTo(full.occurredAt());
	}

	// keyed as the outbox relay keys it: by the event's order id
	private IntegrationEvent decode(EventCatalog.EventType type, byte[] payload) {
		byte[] key = this.trees.readTree(payload).path("orderId").asString().getBytes(StandardCharsets.UTF_8);
		var record = new ConsumerRecord<byte[], byte[]>(type.topic(), 0, 0, key, payload);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, type.ceType());
		return this.decoder.decode(record, TOPIC_TYPES.get(type.topic()));
	}

	private static byte[] sampleOf(EventCatalog.EventType type) {
		String path = "/contracts/" + type.ceType() + ".json";
		try (InputStream sample = EventCompatibilityTest.class.getResourceAsStream(path)) {
			assertThat(sample).as("golden sample " + path).isNotNull();
			return sample.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

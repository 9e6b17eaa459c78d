package dev.foodmesh.messaging.kafka;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Helm chart authenticates a service to the bundled Kafka with environment variables
 * only ({@code SPRING_KAFKA_SECURITY_PROTOCOL},
 * {@code SPRING_KAFKA_PROPERTIES_SASL_MECHANISM},
 * {@code SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG}); every client the kit builds (the
 * producer, the consumers, the admin client of redrive and of the topics check) must
 * carry them, or it would connect without credentials.
 */
class KafkaClientsTest {

	private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
			+ "username=\"payment-service\" password=\"secret\";";

	@Test
	void shouldGiveEveryClientTheSaslSettingsOfTheEnvironment() {
		KafkaClients clients = new KafkaClients(
				bindFromEnvironment(Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "foodmesh-kafka:9092",
						"SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT", "SPRING_KAFKA_PROPERTIES_SASL_MECHANISM",
						"SCRAM-SHA-512", "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", JAAS)),
				"payment-service", new SimpleMeterRegistry());

		for (Map<String, Object> client : List.of(clients.senderOptions().producerProperties(),
				clients.receiverOptions("payment-service", "payment-service-test").consumerProperties(),
				clients.adminProperties())) {
			assertThat(client).containsEntry("security.protocol", "SASL_PLAINTEXT")
				.containsEntry("sasl.mechanism", "SCRAM-SHA-512")
				.containsEntry("sasl.jaas.config", JAAS);
		}
	}

	@Test
	void shouldSendWithoutLingeringUnlessTheServiceSaysOtherwise() {
		Map<String, Object> bootstrap = Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "foodmesh-kafka:9092");
		KafkaClients kitDefault = new KafkaClients(bindFromEnvironment(bootstrap), "order-service",
				new SimpleMeterRegistry());
		KafkaClients serviceSetting = new KafkaClients(
				bindFromEnvironment(Map.of("SPRING_KAFKA_BOOTSTRAP_SERVERS", "foodmesh-kafka:9092",
						"SPRING_KAFKA_PRODUCER_PROPERTIES_LINGER_MS", "20")),
				"order-service", new SimpleMeterRegistry());

		assertThat(kitDefault.senderOptions().producerProperties()).containsEntry("linger.ms", 0);
		assertThat(serviceSetting.senderOptions().producerProperties()).containsEntry("linger.ms", "20");
	}

	/** spring.kafka.* bound as Boot binds it from the process environment. */
	private static KafkaProperties bindFromEnvironment(Map<String, Object> environment) {
		SystemEnvironmentPropertySource source = new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
		return new Binder(ConfigurationPropertySources.from(source)).bind("spring.kafka", KafkaProperties.class).get();
	}

}

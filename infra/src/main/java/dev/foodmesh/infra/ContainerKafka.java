package dev.foodmesh.infra;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.AppInfoParser;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka in a Docker container, for {@code -Dfoodmesh.test.infra=testcontainers}:
 * the image of the Kafka version on the class path (the in-JVM broker's), configured like
 * the in-JVM broker where the tests depend on it.
 */
final class ContainerKafka implements KafkaBroker {

	private final KafkaContainer container;

	private final Admin admin;

	private ContainerKafka(KafkaContainer container) {
		this.container = container;
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, container.getBootstrapServers(),
				AdminClientConfig.CLIENT_ID_CONFIG, "foodmesh-infra-admin"));
	}

	/** Pulls (once) and starts the container; blocks until the broker answers. */
	static ContainerKafka start() {
		KafkaContainer container = new KafkaContainer(image())
			// topics are the platform's, never created by a client (as in the chart and
			// the in-JVM broker)
			.withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
			.withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
		container.start();
		return new ContainerKafka(container);
	}

	static String image() {
		return "apache/kafka:" + AppInfoParser.getVersion();
	}

	@Override
	public String bootstrapServers() {
		return this.container.getBootstrapServers();
	}

	@Override
	public Admin admin() {
		return this.admin;
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(2));
		this.container.stop();
	}

}

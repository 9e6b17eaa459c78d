package dev.foodmesh.messaging.testapp;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import org.springframework.context.ConfigurableApplicationContext;

import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.TestInfrastructure;

import static org.awaitility.Awaitility.await;

/**
 * The shared real Postgres and Kafka broker of the test JVM, with the test application's
 * database ({@code foodmesh_messaging_kit}) and topic (and its dead-letter twin, 3
 * partitions each).
 */
public class KitInfrastructure extends TestInfrastructure.ForService {

	private static final List<String> TOPICS = List.of(KitTestApplication.TOPIC,
			Topics.deadLetterOf(KitTestApplication.TOPIC));

	public KitInfrastructure() {
		super("messaging-kit");
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		super.initialize(context);
		Admin admin = TestInfrastructure.kafka().admin();
		try {
			admin.createTopics(TOPICS.stream().map((topic) -> new NewTopic(topic, 3, (short) 1)).toList()).all().get();
		}
		catch (ExecutionException ex) {
			if (!(ex.getCause() instanceof TopicExistsException)) {
				throw new IllegalStateException("Could not create " + TOPICS, ex);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		// a new topic's metadata reaches the broker's cache a moment after its creation
		await().atMost(Duration.ofSeconds(30))
			.ignoreExceptions()
			.until(() -> admin.describeTopics(TOPICS).allTopicNames().get().size() == TOPICS.size());
	}

}

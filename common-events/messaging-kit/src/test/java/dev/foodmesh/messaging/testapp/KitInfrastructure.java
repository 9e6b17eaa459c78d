package dev.foodmesh.messaging.testapp;

import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.TestInfrastructure;

/**
 * The shared real Postgres and Kafka broker of the test JVM, with the test application's database
 * ({@code foodmesh_messaging_kit}) and topic (and its dead-letter twin).
 */
public class KitInfrastructure extends TestInfrastructure.ForService {

	public KitInfrastructure() {
		super("messaging-kit");
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		super.initialize(context);
		TestInfrastructure.kafka()
			.createTopics(List.of(KitTestApplication.TOPIC, Topics.deadLetterOf(KitTestApplication.TOPIC)), 3);
	}

}

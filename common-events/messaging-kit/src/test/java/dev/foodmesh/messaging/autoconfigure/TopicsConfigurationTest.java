package dev.foodmesh.messaging.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaAdmin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TopicsConfigurationTest {

	static final List<String> ALL = List.of("foodmesh.order.events.v1", "foodmesh.order.events.v1.dlt",
			"foodmesh.payment.events.v1", "foodmesh.payment.events.v1.dlt", "foodmesh.delivery.events.v1",
			"foodmesh.delivery.events.v1.dlt");

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Properties.class, TopicsConfiguration.class)
		.withBean(KafkaAdmin.class, TopicsConfigurationTest::offlineAdmin);

	@Test
	void shouldDeclareTheThreeEventTopicsAndTheirDeadLetterTwinsAsConfigured() {
		var topics = TopicsConfiguration.eventTopics(settings(true, Duration.ofMinutes(5)));

		assertThat(topics).extracting(NewTopic::name).containsExactlyInAnyOrderElementsOf(ALL);
		assertThat(topics).allSatisfy((topic) -> {
			assertThat(topic.numPartitions()).isEqualTo(6);
			assertThat(topic.replicationFactor()).isEqualTo((short) 3);
		});
	}

	@Test
	void shouldCreateTheTopicsByDefault() {
		this.context.run((context) -> {
			assertThat(context).hasSingleBean(KafkaAdmin.NewTopics.class)
				.doesNotHaveBean(TopicsConfiguration.TopicsExistenceCheck.class);
		});
	}

	@Test
	void shouldOnlyCheckAndNeverDeclareTopicsWhenThePlatformOwnsThem() {
		this.context.withPropertyValues("foodmesh.messaging.topics.create=false").run((context) -> {
			assertThat(context).doesNotHaveBean(KafkaAdmin.NewTopics.class)
				.doesNotHaveBean(NewTopic.class)
				.hasSingleBean(TopicsConfiguration.TopicsExistenceCheck.class);
		});
	}

	@Test
	void shouldWaitUntilEveryTopicExists() {
		Deque<Set<String>> answers = new ConcurrentLinkedDeque<>(
				List.of(Set.of(), Set.of(ALL.get(0)), new HashSet<>(ALL.subList(0, 5))));
		List<Integer> looks = new ArrayList<>();
		var check = new TopicsConfiguration.TopicsExistenceCheck(TopicsConfiguration.topicNames(), () -> {
			looks.add(looks.size());
			Set<String> answer = answers.poll();
			return (answer != null) ? answer : Set.copyOf(ALL);
		}, settings(false, Duration.ofSeconds(10)));

		check.awaitTopics();

		assertThat(looks).hasSize(4);
	}

	@Test
	void shouldKeepLookingWhileTheBrokerIsUnreachable() {
		List<Integer> looks = new ArrayList<>();
		var check = new TopicsConfiguration.TopicsExistenceCheck(TopicsConfiguration.topicNames(), () -> {
			looks.add(looks.size());
			if (looks.size() < 3) {
				throw new IllegalStateException("Could not list the Kafka topics: timeout");
			}
			return Set.copyOf(ALL);
		}, settings(false, Duration.ofSeconds(10)));

		check.awaitTopics();

		assertThat(looks).hasSize(3);
	}

	@Test
	void shouldFailStartupNamingTheMissingTopicsWhenTheyNeverAppear() {
		var check = new TopicsConfiguration.TopicsExistenceCheck(TopicsConfiguration.topicNames(),
				() -> Set.of("foodmesh.order.events.v1"), settings(false, Duration.ofMillis(50)));

		assertThatIllegalStateException().isThrownBy(check::awaitTopics)
			.withMessageContaining("foodmesh.payment.events.v1.dlt")
			.withMessageNotContaining("[foodmesh.order.events.v1,")
			.withMessageContaining("does not create topics");
	}

	/** No broker here: the declaration is asserted, not carried out. */
	private static KafkaAdmin offlineAdmin() {
		KafkaAdmin admin = new KafkaAdmin(Map.of("bootstrap.servers", "localhost:1"));
		admin.setAutoCreate(false);
		return admin;
	}

	private static MessagingProperties.Topics settings(boolean create, Duration timeout) {
		return new MessagingProperties.Topics(create, 6, (short) 3, timeout, Duration.ofMillis(5));
	}

	@EnableConfigurationProperties(MessagingProperties.class)
	static class Properties {

	}

}

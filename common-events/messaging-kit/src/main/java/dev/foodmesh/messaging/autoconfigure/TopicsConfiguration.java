package dev.foodmesh.messaging.autoconfigure;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

import dev.foodmesh.events.Topics;

/**
 * The event topics of the catalogue and their {@code .dlt} twins. With
 * {@code foodmesh.messaging.topics.create} (the default) they are declared, so whichever
 * service starts first creates them; Spring's {@link KafkaAdmin} creates missing topics
 * at startup and leaves existing ones alone. With {@code create=false} the platform owns
 * them (the chart's topics Job or Strimzi KafkaTopics, with their partitions, replication
 * and min ISR) and the service never creates one: it waits at startup, before it reports
 * ready, until every topic exists.
 */
@Configuration(proxyBeanMethods = false)
class TopicsConfiguration {

	static List<String> topicNames() {
		return Topics.withDeadLetters();
	}

	static List<NewTopic> eventTopics(MessagingProperties.Topics settings) {
		return topicNames().stream()
			.map((topic) -> TopicBuilder.name(topic)
				.partitions(settings.partitions())
				.replicas(settings.replication())
				.build())
			.toList();
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "foodmesh.messaging.topics", name = "create", matchIfMissing = true)
	static class Create {

		@Bean
		KafkaAdmin.NewTopics foodmeshTopics(MessagingProperties properties) {
			return new KafkaAdmin.NewTopics(eventTopics(properties.topics()).toArray(NewTopic[]::new));
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(prefix = "foodmesh.messaging.topics", name = "create", havingValue = "false")
	static class Check {

		@Bean
		TopicsExistenceCheck foodmeshTopicsExistenceCheck(KafkaAdmin kafkaAdmin, MessagingProperties properties) {
			return new TopicsExistenceCheck(topicNames(), () -> listTopics(kafkaAdmin), properties.topics());
		}

		static Set<String> listTopics(KafkaAdmin kafkaAdmin) {
			try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
				return admin.listTopics().names().get(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Could not list the Kafka topics: " + ex.getMessage(), ex);
			}
		}

	}

	/**
	 * Runs after the context has started (liveness is up) and before the application is
	 * ready: it returns once every expected topic exists and fails startup when they have
	 * not all appeared in time. It never creates one.
	 */
	static final class TopicsExistenceCheck implements ApplicationRunner {

		private static final Logger logger = LoggerFactory.getLogger(TopicsExistenceCheck.class);

		private final List<String> expected;

		private final Supplier<Set<String>> existing;

		private final Duration timeout;

		private final Duration interval;

		TopicsExistenceCheck(List<String> expected, Supplier<Set<String>> existing,
				MessagingProperties.Topics settings) {
			this.expected = List.copyOf(expected);
			this.existing = existing;
			this.timeout = settings.existenceTimeout();
			this.interval = settings.existenceCheckInterval();
		}

		@Override
		public void run(ApplicationArguments args) {
			awaitTopics();
		}

		void awaitTopics() {
			long deadline = System.nanoTime() + this.timeout.toNanos();
			Set<String> missing = new TreeSet<>(this.expected);
			String lastError = null;
			boolean logged = false;
			while (true) {
				try {
					missing = missing(this.existing.get());
					lastError = null;
				}
				catch (RuntimeException ex) {
					lastError = ex.getMessage();
				}
				if (missing.isEmpty() && lastError == null) {
					logger.info(
							"Kafka topics {} exist (foodmesh.messaging.topics.create=false: the platform owns them)",
							this.expected);
					return;
				}
				if (System.nanoTime() - deadline >= 0) {
					throw new IllegalStateException("Kafka topics " + missing + " do not exist after " + this.timeout
							+ ((lastError != null) ? " (last error: " + lastError + ")" : "")
							+ ". foodmesh.messaging.topics.create=false: this service does not create topics, the "
							+ "platform must (the Helm chart's topics Job, Strimzi KafkaTopic resources or the "
							+ "cluster's own tooling)");
				}
				if (!logged) {
					logger.info("Waiting up to {} for Kafka topics {} (foodmesh.messaging.topics.create=false: the "
							+ "platform creates them, this service only checks)", this.timeout, missing);
					logged = true;
				}
				sleep();
			}
		}

		private Set<String> missing(Collection<String> present) {
			Set<String> missing = new TreeSet<>(this.expected);
			missing.removeAll(present);
			return missing;
		}

		private void sleep() {
			try {
				Thread.sleep(this.interval.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for the Kafka topics", ex);
			}
		}

	}

}

package dev.foodmesh.messaging.testapp;

import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.LoggerFactory;

/**
 * Watches a topic consumer for restarts (its Kafka consumer torn down and subscribed
 * again) from the moment it is created: by the {@code foodmesh.consumer.restarts} counter
 * and by the "failed, reconnecting" log line, so that a restart also shows where the
 * counter does not exist.
 */
public final class ConsumerRestarts implements AutoCloseable {

	private static final String CONSUMER_LOGGER = "dev.foodmesh.messaging.consumer.TopicConsumer";

	private final Meters meters;

	private final String topic;

	private final double countedBefore;

	private final Logger logger = (Logger) LoggerFactory.getLogger(CONSUMER_LOGGER);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private ConsumerRestarts(MeterRegistry registry, String topic) {
		this.meters = new Meters(registry);
		this.topic = topic;
		this.countedBefore = total();
		this.appender.start();
		this.logger.addAppender(this.appender);
	}

	public static ConsumerRestarts watch(MeterRegistry registry, String topic) {
		return new ConsumerRestarts(registry, topic);
	}

	/** Restarts counted since the watch began. */
	public double counted() {
		return total() - this.countedBefore;
	}

	private double total() {
		return this.meters.count("foodmesh.consumer.restarts", "consumer", "kit-test", "topic", this.topic);
	}

	/** The restart log lines written since the watch began. */
	public List<String> logged() {
		return List.copyOf(this.appender.list)
			.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter((message) -> message.contains("failed, reconnecting"))
			.toList();
	}

	@Override
	public void close() {
		this.logger.detachAppender(this.appender);
		this.appender.stop();
	}

}

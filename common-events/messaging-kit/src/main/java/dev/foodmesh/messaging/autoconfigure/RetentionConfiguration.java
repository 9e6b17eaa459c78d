package dev.foodmesh.messaging.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.spi.ConnectionFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.messaging.retention.RetainedTable;
import dev.foodmesh.messaging.retention.Retention;
import dev.foodmesh.messaging.retention.RetentionMetrics;
import dev.foodmesh.messaging.support.PeriodicTask;

/**
 * Prunes published outbox rows, old {@code processed_events} and every
 * {@link RetainedTable} bean of the service, every
 * {@code foodmesh.messaging.retention.interval}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(ConnectionFactory.class)
@ConditionalOnProperty(prefix = "foodmesh.messaging.retention", name = "enabled", matchIfMissing = true)
class RetentionConfiguration {

	@Bean
	Retention messagingRetention(DatabaseClient database, ObjectProvider<RetainedTable> serviceTables,
			MessagingProperties properties, MeterRegistry meterRegistry) {
		MessagingProperties.Retention settings = properties.retention();
		List<RetainedTable> tables = new ArrayList<>(
				List.of(new RetainedTable("outbox", "published_at", settings.publishedOutbox()),
						new RetainedTable("processed_events", "processed_at", settings.processedEvents())));
		serviceTables.orderedStream().forEach(tables::add);
		return new Retention(database, tables, settings.batchSize(), new RetentionMetrics(meterRegistry));
	}

	@Bean
	PeriodicTask messagingRetentionPass(Retention retention, MessagingProperties properties) {
		return new PeriodicTask("retention", properties.retention().interval(), retention::prune);
	}

}

package dev.foodmesh.messaging.autoconfigure;

import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the kit's tables wherever the service runs Flyway (see
 * {@link MessagingSchema}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(Flyway.class)
class MessagingSchemaConfiguration {

	@Bean
	MessagingSchema messagingSchema(Flyway flyway, ObjectProvider<FlywayMigrationInitializer> serviceMigration) {
		// the service's own migrations run first, so its schema history is never confused
		// by the kit's tables
		serviceMigration.getIfAvailable();
		return new MessagingSchema(flyway);
	}

}

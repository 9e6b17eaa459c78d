package dev.foodmesh.messaging.autoconfigure;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the kit's tables ({@code outbox}, {@code processed_events}) with a second
 * Flyway run on the service's database, from {@code classpath:db/messaging-kit}, recorded
 * in its own history table {@code messaging_kit_schema_history}. The kit's versions
 * therefore never collide with the service's {@code db/migration} versions, and each side
 * evolves on its own (docs/adr/0002-messaging-kit-schema.md).
 */
final class MessagingSchema implements InitializingBean {

	static final String LOCATION = "classpath:db/messaging-kit";

	static final String HISTORY_TABLE = "messaging_kit_schema_history";

	private final Flyway serviceFlyway;

	MessagingSchema(Flyway serviceFlyway) {
		this.serviceFlyway = serviceFlyway;
	}

	@Override
	public void afterPropertiesSet() {
		Configuration service = this.serviceFlyway.getConfiguration();
		Flyway.configure(service.getClassLoader())
			.dataSource(service.getDataSource())
			.schemas(service.getSchemas())
			.defaultSchema(service.getDefaultSchema())
			.locations(LOCATION)
			.table(HISTORY_TABLE)
			// the schema already holds the service's tables: start the kit's own history
			// at version 0
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}

package dev.foodmesh.messaging.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MessagingSchema} initialises the database, so beans that
 * depend on database initialisation wait for the kit's tables too. It orders after
 * Flyway's detectors (order 1): Boot makes each initializer wait for those detected
 * before it, and the kit's run must follow the service's migrations.
 */
public final class MessagingSchemaDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MessagingSchema.class);
	}

	@Override
	public int getOrder() {
		return 2;
	}

}

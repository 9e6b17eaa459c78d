package dev.foodmesh.messaging.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link MessagingSchema} initialises the database, so beans that depend on database
 * initialisation wait for the kit's tables too.
 */
public final class MessagingSchemaDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MessagingSchema.class);
	}

}

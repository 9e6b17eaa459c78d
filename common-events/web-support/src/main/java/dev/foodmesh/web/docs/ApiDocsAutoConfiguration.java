package dev.foodmesh.web.docs;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * In a service with springdoc, makes the API document it builds at start-up independent
 * of the order in which the context creates its beans
 * ({@link ConvertersBeforeDocuments}).
 */
@AutoConfiguration
@ConditionalOnClass(
		name = { "org.springdoc.core.converters.ModelConverterRegistrar", "org.springdoc.api.AbstractOpenApiResource" })
public class ApiDocsAutoConfiguration {

	// static: a BeanFactoryPostProcessor runs before the configuration class itself could
	// be created
	@Bean
	static ConvertersBeforeDocuments foodMeshConvertersBeforeDocuments() {
		return new ConvertersBeforeDocuments();
	}

}

package dev.foodmesh.web.docs;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springdoc.api.AbstractOpenApiResource;
import org.springdoc.core.converters.ModelConverterRegistrar;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

/**
 * Creates springdoc's {@code ModelConverterRegistrar} before any of its OpenAPI
 * resources. With {@code springdoc.pre-loading-enabled} a resource starts building the
 * document on a thread of its own as soon as it is constructed, and the registrar is what
 * adds the converters that unwrap {@code Mono} and {@code Flux} to swagger's global
 * {@code ModelConverters}; nothing orders the two beans. A resource created first (which
 * beans added to the context, such as Spring Security's, decide) builds a document with
 * {@code Mono<UserView>} as a schema of its own, {@code MonoUserView}, and serves it for
 * the life of the process.
 */
final class ConvertersBeforeDocuments implements BeanFactoryPostProcessor {

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		String[] registrars = beanFactory.getBeanNamesForType(ModelConverterRegistrar.class, true, false);
		for (String resource : beanFactory.getBeanNamesForType(AbstractOpenApiResource.class, true, false)) {
			BeanDefinition definition = beanFactory.getBeanDefinition(resource);
			String[] dependsOn = (definition.getDependsOn() != null) ? definition.getDependsOn() : new String[0];
			definition.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Arrays.stream(registrars))
				.distinct()
				.toArray(String[]::new));
		}
	}

}

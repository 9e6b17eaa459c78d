package dev.foodmesh.web.docs;

import org.junit.jupiter.api.Test;
import org.springdoc.api.AbstractOpenApiResource;
import org.springdoc.core.converters.ModelConverterRegistrar;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * springdoc's document resources wait for its model converters: without that order a
 * service served {@code MonoUserView: {}} instead of {@code UserView} once Spring
 * Security was on its class path (docs/security.md).
 */
class ConvertersBeforeDocumentsTest {

	@Test
	void shouldCreateTheModelConvertersBeforeEveryOpenApiResource() {
		DefaultListableBeanFactory beanFactory = new DefaultListableBeanFactory();
		beanFactory.registerBeanDefinition("actuatorOpenApiResource",
				new RootBeanDefinition(AbstractOpenApiResource.class));
		RootBeanDefinition ordered = new RootBeanDefinition(AbstractOpenApiResource.class);
		ordered.setDependsOn("somethingElse");
		beanFactory.registerBeanDefinition("openApiResource", ordered);
		beanFactory.registerBeanDefinition("modelConverterRegistrar",
				new RootBeanDefinition(ModelConverterRegistrar.class));

		new ConvertersBeforeDocuments().postProcessBeanFactory(beanFactory);

		assertThat(beanFactory.getBeanDefinition("actuatorOpenApiResource").getDependsOn())
			.containsExactly("modelConverterRegistrar");
		assertThat(beanFactory.getBeanDefinition("openApiResource").getDependsOn()).containsExactly("somethingElse",
				"modelConverterRegistrar");
		assertThat(beanFactory.getBeanDefinition("modelConverterRegistrar").getDependsOn()).isNull();
	}

}

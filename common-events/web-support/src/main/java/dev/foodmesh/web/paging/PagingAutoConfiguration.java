package dev.foodmesh.web.paging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Lets every reactive FoodMesh controller take a validated {@link PageQuery} parameter.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
public class PagingAutoConfiguration {

	@Bean
	WebFluxConfigurer foodMeshPagingConfigurer() {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new PageQueryArgumentResolver());
			}
		};
	}

}

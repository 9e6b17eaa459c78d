package dev.foodmesh.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Registers the problem+json error mapping and the {@link PageQuery} resolver in every reactive FoodMesh service,
 * including {@code @WebFluxTest} slices.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
public class WebSupportAutoConfiguration {

    @Bean
    ProblemAdvice foodMeshProblemAdvice() {
        return new ProblemAdvice();
    }

    @Bean
    ProblemWebExceptionHandler foodMeshProblemWebExceptionHandler(ServerCodecConfigurer codecs) {
        return new ProblemWebExceptionHandler(codecs);
    }

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

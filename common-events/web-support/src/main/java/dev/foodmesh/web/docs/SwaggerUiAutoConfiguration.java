package dev.foodmesh.web.docs;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * In a service with springdoc's Swagger UI (served on the management port, under the
 * actuator base path), keeps the UI's file reads off the event loops
 * ({@link SwaggerUiOffEventLoop}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass(name = "org.springdoc.webflux.ui.SwaggerConfig")
public class SwaggerUiAutoConfiguration {

	@Bean
	SwaggerUiOffEventLoop foodMeshSwaggerUiOffEventLoop(
			@Value("${management.endpoints.web.base-path:/actuator}") String actuatorBasePath) {
		return new SwaggerUiOffEventLoop(actuatorBasePath + "/swagger-ui");
	}

}

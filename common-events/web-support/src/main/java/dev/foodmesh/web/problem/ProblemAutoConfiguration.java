package dev.foodmesh.web.problem;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.web.reactive.config.WebFluxConfigurer;

/**
 * Registers the problem+json error mapping, the refusal of an unreadable {@code Accept}
 * header and of text Postgres cannot store ({@link StorableText}) in every reactive
 * FoodMesh service, including {@code @WebFluxTest} slices.
 * <p>
 * {@code foodmesh.web.outage-retry-after} (default 5 s, the pool's acquire time) is the
 * {@code Retry-After} of the 503 answered for a database outage ({@link Outages};
 * {@link WebSupportProperties}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.REACTIVE)
@EnableConfigurationProperties(WebSupportProperties.class)
public class ProblemAutoConfiguration {

	@Bean
	Outages foodMeshOutages(WebSupportProperties properties) {
		return new Outages(properties.outageRetryAfter());
	}

	@Bean
	ProblemAdvice foodMeshProblemAdvice(Outages outages) {
		return new ProblemAdvice(outages);
	}

	@Bean
	ProblemWebExceptionHandler foodMeshProblemWebExceptionHandler(ServerCodecConfigurer codecs, Outages outages) {
		return new ProblemWebExceptionHandler(codecs, outages);
	}

	@Bean
	StorableTextFilter foodMeshStorableTextFilter() {
		return new StorableTextFilter();
	}

	@Bean
	AcceptHeaderFilter foodMeshAcceptHeaderFilter() {
		return new AcceptHeaderFilter();
	}

	@Bean
	StorableTextDecoding foodMeshStorableTextDecoding(ObjectProvider<JsonMapper> jsonMapper) {
		return new StorableTextDecoding(jsonMapper);
	}

	/**
	 * The server's JSON decoder reads with the application's {@code JsonMapper} plus
	 * {@link StorableTextModule}. Ordered last, so that it replaces the decoder Boot's
	 * codec customizers configured (with the same mapper); the codecs' settings, such as
	 * {@code spring.http.codecs.max-in-memory-size}, still apply to it.
	 */
	static final class StorableTextDecoding implements WebFluxConfigurer, Ordered {

		private final ObjectProvider<JsonMapper> jsonMapper;

		StorableTextDecoding(ObjectProvider<JsonMapper> jsonMapper) {
			this.jsonMapper = jsonMapper;
		}

		@Override
		public void configureHttpMessageCodecs(ServerCodecConfigurer configurer) {
			JsonMapper base = this.jsonMapper.getIfAvailable(() -> JsonMapper.builder().build());
			JsonMapper checking = base.rebuild().addModule(new StorableTextModule()).build();
			configurer.defaultCodecs().jacksonJsonDecoder(new JacksonJsonDecoder(checking));
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}

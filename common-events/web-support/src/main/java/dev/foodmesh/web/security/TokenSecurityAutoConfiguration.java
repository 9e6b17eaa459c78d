package dev.foodmesh.web.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import reactor.core.publisher.Mono;

/**
 * One security shape for every service that declares
 * {@code spring-boot-starter-oauth2-resource-server} (docs/security.md): stateless
 * bearer-token authentication against {@link SecurityProperties}, the token's
 * {@code roles} claim as roles, refusals as problem+json, the management paths open
 * except the dead-letter redrive (operator), and on the API the service's
 * {@link AccessRules} followed by "any valid token".
 */
// before Boot's own: they back off when these beans exist (no generated password, no
// default chain)
@AutoConfiguration(beforeName = {
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.reactive.ReactiveOAuth2ResourceServerWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication(type = Type.REACTIVE)
@ConditionalOnClass({ ServerHttpSecurity.class, ReactiveJwtDecoder.class })
@EnableWebFluxSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class TokenSecurityAutoConfiguration {

	private static final String ROLES_CLAIM = "roles";

	@Bean
	ReactiveJwtDecoder foodMeshJwtDecoder(SecurityProperties properties, ResourceLoader resources) {
		return TokenDecoders.create(properties, resources);
	}

	/**
	 * Health, metrics and API documents need no token; a redrive republishes records, so
	 * it needs an operator.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain foodMeshManagementSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
		return stateless(http, decoder).securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator/**"))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/actuator/dlt/**")
				.hasRole(Role.OPERATOR.claimValue())
				.anyExchange()
				.permitAll())
			.build();
	}

	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	SecurityWebFilterChain foodMeshApiSecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder,
			ObjectProvider<AccessRules> rules) {
		return stateless(http, decoder).authorizeExchange((exchanges) -> {
			rules.orderedStream().forEach((service) -> service.configure(exchanges));
			exchanges.anyExchange().authenticated();
		}).build();
	}

	/**
	 * The agent traces every request and Boot times it; Spring Security's own
	 * observations (a timer per filter chain, authentication and authorisation of every
	 * request) are read by nothing here and cost about 2 % of a lookup's CPU
	 * (docs/performance.md).
	 */
	@Bean
	SecurityObservationSettings foodMeshSecurityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * A request the firewall refuses (e.g. an encoded NUL in the path) is a 400 problem,
	 * as without security.
	 */
	@Bean
	ServerExchangeRejectedHandler foodMeshRejectedRequests() {
		return new Refusals();
	}

	@Bean
	WebFluxConfigurer foodMeshCallerConfigurer() {
		return new WebFluxConfigurer() {
			@Override
			public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
				configurer.addCustomResolver(new CallerArgumentResolver());
			}
		};
	}

	/**
	 * No session, no CSRF (no cookies to forge with), no login page: every request stands
	 * on its own token.
	 */
	private static ServerHttpSecurity stateless(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
		Refusals refusals = new Refusals();
		return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.exceptionHandling((handling) -> handling.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
			.oauth2ResourceServer((server) -> server.authenticationEntryPoint(refusals)
				.accessDeniedHandler(refusals)
				.jwt((jwt) -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(roles())));
	}

	private static Converter<Jwt, Mono<AbstractAuthenticationToken>> roles() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(ROLES_CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

}

package dev.foodmesh.testsupport;

import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import dev.foodmesh.infra.DevIssuer;

/**
 * {@code @Import(OperatorToken.class)}: every auto-configured test client of the context
 * sends an operator's token, for tests that are about something other than who may call.
 */
@Configuration(proxyBeanMethods = false)
public class OperatorToken {

	@Bean
	WebTestClientBuilderCustomizer operatorToken() {
		return (builder) -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + DevIssuer.operator());
	}

}

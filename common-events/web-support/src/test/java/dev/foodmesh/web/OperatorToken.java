package dev.foodmesh.web;

import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;

import dev.foodmesh.infra.DevIssuer;

/**
 * The test clients send an operator's token: the problem tests are about problems,
 * {@code TokenSecurityTest} about the refusals.
 */
@Configuration(proxyBeanMethods = false)
public class OperatorToken {

	@Bean
	WebTestClientBuilderCustomizer operatorToken() {
		return (builder) -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + DevIssuer.operator());
	}

}

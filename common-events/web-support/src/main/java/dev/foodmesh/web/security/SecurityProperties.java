package dev.foodmesh.web.security;

import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where a service finds the issuer's keys and what it expects in a token
 * ({@code foodmesh.security}). Exactly one of {@code jwks-uri} and {@code jwks} must be
 * set: a service without keys refuses to start rather than run open.
 *
 * @param issuer the {@code iss} every token must carry
 * @param audience a value the token's {@code aud} must contain
 * @param jwksUri where the JWKS is: the issuer's endpoint ({@code https:}, the cluster),
 * fetched without blocking and cached; or a {@code file:} or {@code classpath:} resource
 * (the local stack, the tests), read once at start-up
 * @param jwks the JWKS document itself (the chart's development values)
 */
@ConfigurationProperties("foodmesh.security")
@Validated
public record SecurityProperties(@DefaultValue("https://auth.foodmesh.dev") @NotBlank String issuer,
		@DefaultValue("foodmesh") @NotBlank String audience, @Nullable String jwksUri, @Nullable String jwks) {

	public SecurityProperties {
		if (blank(jwksUri) == blank(jwks)) {
			throw new IllegalArgumentException("Set exactly one of foodmesh.security.jwks-uri (the issuer's JWKS "
					+ "endpoint) and foodmesh.security.jwks (the JWKS document); see docs/security.md");
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}

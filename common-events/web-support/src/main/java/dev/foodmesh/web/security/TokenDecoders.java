package dev.foodmesh.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Flux;

import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The token decoder: RS256 signature against keys held in memory, then issuer, audience
 * and the time claims. With a JWKS document the keys are parsed once, here, at start-up;
 * with a JWKS URI Nimbus fetches them through a non-blocking WebClient on first use and
 * again only for an unknown key id. Either way a request costs one RSA verification and
 * no I/O.
 */
final class TokenDecoders {

	private TokenDecoders() {
	}

	static ReactiveJwtDecoder create(SecurityProperties properties, ResourceLoader resources) {
		String uri = properties.jwksUri();
		NimbusReactiveJwtDecoder decoder = (uri != null && uri.startsWith("http"))
				? NimbusReactiveJwtDecoder.withJwkSetUri(uri).build()
				: NimbusReactiveJwtDecoder.withJwkSource(keysFrom(parse(document(properties, resources)))).build();
		decoder.setJwtValidator(validator(properties));
		return decoder;
	}

	private static String document(SecurityProperties properties, ResourceLoader resources) {
		String uri = properties.jwksUri();
		if (uri == null) {
			return Objects.requireNonNull(properties.jwks());
		}
		try {
			return resources.getResource(uri).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read foodmesh.security.jwks-uri " + uri, ex);
		}
	}

	private static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
		OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
				(aud) -> aud != null && aud.contains(properties.audience()));
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
				audience);
	}

	private static JWKSet parse(String jwks) {
		try {
			return JWKSet.parse(jwks);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("foodmesh.security.jwks is not a JWKS document: " + ex.getMessage(), ex);
		}
	}

	private static Function<SignedJWT, Flux<JWK>> keysFrom(JWKSet keys) {
		return (jwt) -> Flux.fromIterable(new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader())).select(keys));
	}

}

package dev.foodmesh.order.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SHA-256 of a request in a canonical JSON form (properties sorted, no whitespace), so
 * that the same order sent with other formatting or key order counts as the same body
 * under one {@code Idempotency-Key}.
 */
final class RequestHasher {

	private static final JsonMapper CANONICAL = JsonMapper.builder()
		.enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.build();

	private RequestHasher() {
	}

	static String sha256(Object request) {
		return HexFormat.of().formatHex(digest().digest(CANONICAL.writeValueAsBytes(request)));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}

package dev.foodmesh.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The development token issuer (docs/security.md): mints RS256 tokens with the key pair
 * in {@code istio/jwt}, which anyone can read, and hands the services its JWKS. The local
 * stack, the fault drill and the tests use it; a real deployment never trusts this key.
 */
public final class DevIssuer {

	public static final String ISSUER = "https://auth.foodmesh.dev";

	public static final String AUDIENCE = "foodmesh";

	/**
	 * For a {@code @WebFluxTest}'s {@code properties}: the services read the dev JWKS
	 * from infra's class path.
	 */
	public static final String JWKS_PROPERTY = "foodmesh.security.jwks-uri=classpath:dev/foodmesh/infra/jwt/dev-jwks.json";

	/**
	 * The subject of the courier token the banner prints: a courier's subject is their
	 * courier id, here Ada's, the first demo courier in Berlin (docs/demo-data.md), so
	 * the token moves the deliveries assigned to her.
	 */
	public static final String DEV_COURIER = "66666666-6666-4666-8666-666666666611";

	/** The subject of the operator token the banner prints. */
	public static final String DEV_OPERATOR = "dev-operator";

	private static final String KEY_ID = "foodmesh-dev-1";

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._@-]+");

	private static final PrivateKey KEY = privateKey();

	private static final String JWKS = resource("dev-jwks.json").trim();

	private DevIssuer() {
	}

	/** The JWKS document the services verify with ({@code FOODMESH_SECURITY_JWKS}). */
	public static String jwks() {
		return JWKS;
	}

	/** A customer token for {@code userId}, valid for a day. */
	public static String customer(Object userId) {
		return mint(userId.toString(), List.of("customer"), Duration.ofDays(1));
	}

	/** Ada's courier token ({@link #DEV_COURIER}), valid for a day. */
	public static String courier() {
		return courier(DEV_COURIER);
	}

	/**
	 * A courier token for {@code courierId}, valid for a day: it moves only the
	 * deliveries assigned to that id.
	 */
	public static String courier(Object courierId) {
		return mint(courierId.toString(), List.of("courier"), Duration.ofDays(1));
	}

	public static String operator() {
		return mint(DEV_OPERATOR, List.of("operator"), Duration.ofDays(1));
	}

	/**
	 * A token for {@code subject} with {@code roles} in its {@code roles} claim, expiring
	 * after {@code ttl}.
	 */
	public static String mint(String subject, List<String> roles, Duration ttl) {
		if (!PLAIN.matcher(subject).matches() || !roles.stream().allMatch((role) -> PLAIN.matcher(role).matches())) {
			throw new IllegalArgumentException("subject and roles must be plain words: " + subject + " " + roles);
		}
		long now = Instant.now().getEpochSecond();
		long expires = now + ttl.toSeconds();
		// a token minted already expired (a negative ttl, for tests) was issued a minute
		// before it expired
		long issued = Math.min(now, expires - 60);
		String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
		String payload = "{\"iss\":\"%s\",\"sub\":\"%s\",\"aud\":\"%s\",\"roles\":[%s],\"iat\":%d,\"nbf\":%d,\"exp\":%d}"
			.formatted(ISSUER, subject, AUDIENCE,
					roles.stream().map((role) -> "\"" + role + "\"").collect(Collectors.joining(",")), issued, issued,
					expires);
		String signed = base64(header) + "." + base64(payload);
		return signed + "." + base64(sign(signed));
	}

	private static byte[] sign(String content) {
		try {
			Signature signature = Signature.getInstance("SHA256withRSA");
			signature.initSign(KEY);
			signature.update(content.getBytes(StandardCharsets.US_ASCII));
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with the development key", ex);
		}
	}

	private static String base64(String text) {
		return base64(text.getBytes(StandardCharsets.UTF_8));
	}

	private static String base64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static PrivateKey privateKey() {
		String pem = resource("dev-private-key.pem").replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		try {
			return KeyFactory.getInstance("RSA")
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The development key is not a PKCS#8 RSA key", ex);
		}
	}

	private static String resource(String name) {
		try (InputStream in = DevIssuer.class.getResourceAsStream("jwt/" + name)) {
			if (in == null) {
				throw new IllegalStateException("jwt/" + name + " is missing from infra's class path");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

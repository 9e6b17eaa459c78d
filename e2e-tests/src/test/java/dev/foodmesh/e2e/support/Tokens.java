package dev.foodmesh.e2e.support;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.foodmesh.infra.DevIssuer;

/** Tokens of the development issuer for the journeys' customers (docs/security.md). */
public final class Tokens {

	private static final Pattern USER_ID = Pattern.compile("\"userId\"\\s*:\\s*\"([0-9a-fA-F-]{36})\"");

	private Tokens() {
	}

	/**
	 * The token of the customer an order body names, so that a bad body is refused for
	 * what is wrong with it, not for who sends it; Alice's when the body names nobody
	 * readable.
	 */
	public static String customerOf(byte[] orderBody) {
		Matcher user = USER_ID.matcher(new String(orderBody, StandardCharsets.UTF_8));
		return DevIssuer.customer(user.find() ? user.group(1) : DemoData.ALICE.toString());
	}

}

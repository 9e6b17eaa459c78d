package dev.foodmesh.infra.local;

import java.io.PrintStream;

import dev.foodmesh.infra.DevIssuer;

/**
 * The banner's tokens: the local stack is the development issuer (docs/security.md), so
 * it prints one ready-to-use token per role, as shell exports the banner's curls use.
 */
final class DevTokensBanner {

	static final String CUSTOMER_VARIABLE = "ALICE_TOKEN";

	private DevTokensBanner() {
	}

	/** {@code -H "Authorization: Bearer $ALICE_TOKEN"}, for the printed curls. */
	static String customerHeader() {
		return "-H \"Authorization: Bearer $" + CUSTOMER_VARIABLE + "\"";
	}

	static void print(PrintStream out, String alice) {
		out.println("Tokens of the development issuer (valid 24 h; istio/jwt/mint-token.sh mints more). Paste them");
		out.println("into your shell first:");
		out.println();
		out.println("  export " + CUSTOMER_VARIABLE + "=" + DevIssuer.customer(alice) + "   # customer Alice");
		out.println("  export COURIER_TOKEN=" + DevIssuer.courier() + "   # courier Ada");
		out.println("  export OPERATOR_TOKEN=" + DevIssuer.operator() + "   # operator");
		out.println();
	}

}

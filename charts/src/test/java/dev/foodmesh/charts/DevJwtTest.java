package dev.foodmesh.charts;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documented development key pair works end to end: istio/jwt/mint-token.sh signs a
 * token that the JWKS in istio/jwt/values-dev-jwt.yaml verifies, with the issuer and
 * audience the chart's RequestAuthentication expects and the roles the services read
 * (docs/security.md).
 */
class DevJwtTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	@SuppressWarnings("unchecked")
	void shouldMintATokenThatTheDevelopmentJwksVerifies() throws Exception {
		assumeTrue(ChartTools.run(List.of("openssl", "version"), null).exitCode() == 0, "openssl is not installed");
		ChartTools.Result minted = ChartTools
			.run(List.of("bash", "istio/jwt/mint-token.sh", "alice", "courier,operator", "600"), null);
		assertThat(minted.exitCode()).as(minted.all()).isZero();
		String[] token = minted.stdout().trim().split("\\.");

		Map<String, Object> values = new Yaml()
			.load(Files.readString(ChartTools.REPO.resolve("istio/jwt/values-dev-jwt.yaml")));
		Map<String, Object> jwt = Yamls.map(values, "mesh.jwt");
		Map<String, Object> key = ((List<Map<String, Object>>) JSON
			.readValue(String.valueOf(jwt.get("jwks")), Map.class)
			.get("keys")).get(0);
		Signature rs256 = Signature.getInstance("SHA256withRSA");
		rs256.initVerify(publicKey(key));
		rs256.update((token[0] + "." + token[1]).getBytes(StandardCharsets.US_ASCII));
		Map<String, Object> header = JSON.readValue(Base64.getUrlDecoder().decode(token[0]), Map.class);
		Map<String, Object> claims = JSON.readValue(Base64.getUrlDecoder().decode(token[1]), Map.class);

		assertThat(rs256.verify(Base64.getUrlDecoder().decode(token[2]))).isTrue();
		assertThat(header).containsEntry("alg", "RS256").containsEntry("kid", key.get("kid"));
		assertThat(claims).containsEntry("iss", jwt.get("issuer"))
			.containsEntry("aud", "foodmesh")
			.containsEntry("sub", "alice")
			.containsEntry("roles", List.of("courier", "operator"));
		assertThat(Yamls.list(values, "mesh.jwt.audiences")).containsExactly("foodmesh");
	}

	private static PublicKey publicKey(Map<String, Object> jwk) throws Exception {
		BigInteger modulus = new BigInteger(1, Base64.getUrlDecoder().decode(String.valueOf(jwk.get("n"))));
		BigInteger exponent = new BigInteger(1, Base64.getUrlDecoder().decode(String.valueOf(jwk.get("e"))));
		return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, exponent));
	}

}

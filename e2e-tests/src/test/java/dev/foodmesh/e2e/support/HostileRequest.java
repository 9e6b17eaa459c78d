package dev.foodmesh.e2e.support;

import java.util.Map;
import java.util.Set;

import dev.foodmesh.infra.FoodMeshService;

/**
 * One request a service must refuse with a 4xx problem: where it goes, what is wrong with
 * it, and the words of which the problem must say at least one (the field, parameter or
 * header at fault, or the cause).
 *
 * @param service the service it goes to
 * @param endpoint the endpoint as documented, e.g. {@code POST /restaurants/{id}/menu}
 * @param defect what is wrong with it, e.g. {@code price.amount: huge number}
 * @param method the HTTP method
 * @param pathAndQuery the path and query as sent, percent-escapes included
 * @param headers every header sent, {@code Content-Type} included when the body has one
 * @param body the body bytes, empty for none
 * @param names the words the problem may use to name the defect, compared ignoring case
 */
public record HostileRequest(FoodMeshService service, String endpoint, String defect, String method,
		String pathAndQuery, Map<String, String> headers, byte[] body, Set<String> names) {

	@Override
	public String toString() {
		return this.method + " " + this.pathAndQuery + " [" + this.defect + "]";
	}

}

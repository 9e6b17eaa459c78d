package dev.foodmesh.e2e.support;

import java.net.http.HttpHeaders;

import tools.jackson.databind.JsonNode;

/**
 * A response: status, headers and body text, plus the request line so that assertion
 * messages say which call failed.
 */
public record HttpResult(String request, int status, HttpHeaders headers, String body) {

	public JsonNode json() {
		return Json.read(this.body);
	}

	/**
	 * The media type without parameters, e.g. {@code application/problem+json}, or ""
	 * when absent.
	 */
	public String mediaType() {
		return this.headers.firstValue("Content-Type").map((value) -> value.split(";")[0].trim()).orElse("");
	}

	public String header(String name) {
		return this.headers.firstValue(name).orElse(null);
	}

	@Override
	public String toString() {
		String shown = (this.body.length() > 2000) ? this.body.substring(0, 2000) + "…" : this.body;
		return this.request + " → " + this.status + " " + mediaType() + " " + shown;
	}

}

package dev.foodmesh.e2e.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.foodmesh.infra.DevIssuer;

/**
 * A small blocking HTTP client for the journeys: every call has a timeout and answers a
 * {@link HttpResult}, whatever the status, so a test asserts on the status rather than
 * catching exceptions.
 * <p>
 * Every request carries a token of the development issuer (docs/security.md): by default
 * {@link #STAFF}'s, which reads everything, administers and acts as a courier; the
 * customer's acts (placing, cancelling) take the customer's token with
 * {@link Request#as}, and {@link Request#anonymous()} sends none.
 */
public final class Http {

	static final Duration TIMEOUT = Duration.ofSeconds(15);

	/**
	 * An operator who is also a courier: the journeys' staff, who may do everything but a
	 * customer's acts.
	 */
	public static final String STAFF = DevIssuer.mint("e2e-staff", List.of("operator", "courier"), Duration.ofDays(1));

	private static final String AUTHORIZATION = "Authorization";

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(3))
		.build();

	private Http() {
	}

	public static Request get(URI uri) {
		return new Request("GET", uri);
	}

	public static Request post(URI uri) {
		return new Request("POST", uri);
	}

	public static Request request(String method, URI uri) {
		return new Request(method, uri);
	}

	/**
	 * Opens a streaming GET (Server-Sent Events) whose body is read line by line as it
	 * arrives.
	 */
	static HttpResponse<Stream<String>> stream(URI uri) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(uri)
			.header("Accept", "text/event-stream")
			.header(AUTHORIZATION, bearer(STAFF))
			.GET()
			.build();
		return CLIENT.send(request, BodyHandlers.ofLines());
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

	/** One request being built. */
	public static final class Request {

		private final String method;

		private final URI uri;

		private final Map<String, String> headers = new LinkedHashMap<>();

		private byte[] body = new byte[0];

		private Request(String method, URI uri) {
			this.method = method;
			this.uri = uri;
			this.headers.put("Accept", "application/json, application/problem+json");
			this.headers.put(AUTHORIZATION, bearer(STAFF));
		}

		/** Sends {@code token} instead of the staff's. */
		public Request as(String token) {
			this.headers.put(AUTHORIZATION, bearer(token));
			return this;
		}

		/** Sends no token at all. */
		public Request anonymous() {
			this.headers.remove(AUTHORIZATION);
			return this;
		}

		public Request header(String name, String value) {
			this.headers.put(name, value);
			return this;
		}

		/**
		 * A JSON body: a string is sent as is (so malformed JSON can be sent), anything
		 * else is serialised.
		 */
		public Request json(Object body) {
			String text = (body instanceof String string) ? string : Json.write(body);
			return body("application/json", text.getBytes(StandardCharsets.UTF_8));
		}

		public Request body(String contentType, byte[] body) {
			this.headers.put("Content-Type", contentType);
			this.body = body;
			return this;
		}

		/** A body as is, with whatever Content-Type {@link #header} set, or none. */
		public Request rawBody(byte[] body) {
			this.body = body;
			return this;
		}

		public HttpResult send() {
			HttpRequest.Builder builder = HttpRequest.newBuilder(this.uri)
				.timeout(TIMEOUT)
				.method(this.method,
						(this.body.length == 0) ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(this.body));
			this.headers.forEach(builder::header);
			try {
				HttpResponse<String> response = CLIENT.send(builder.build(), BodyHandlers.ofString());
				return new HttpResult(this.method + " " + this.uri, response.statusCode(), response.headers(),
						response.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(this.method + " " + this.uri + " failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted: " + this.method + " " + this.uri, ex);
			}
		}

	}

}

package dev.foodmesh.infra.drill;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The launcher's control channel ({@code dev.foodmesh.infra.local.StackControl}): each
 * call returns once the fault is in place or repaired, and fails when the launcher
 * refuses or fails it.
 */
final class StackClient {

	/**
	 * The longest a restarted service may take to be ready before its fault counts as
	 * failed.
	 */
	static final Duration START_TIMEOUT = Duration.ofMinutes(8);

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String base;

	StackClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	String status() {
		return call(HttpRequest.newBuilder(URI.create(this.base + "/status")).GET(), Duration.ofSeconds(10));
	}

	/**
	 * e.g. {@code post("/services/order/kill")}; a start waits for readiness, hence the
	 * long timeout.
	 */
	String post(String path) {
		return call(HttpRequest.newBuilder(URI.create(this.base + path)).POST(HttpRequest.BodyPublishers.noBody()),
				START_TIMEOUT.plusMinutes(1));
	}

	private String call(HttpRequest.Builder request, Duration timeout) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(timeout).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("The launcher answered " + response.statusCode() + " to "
						+ request.build().uri().getPath() + ": " + response.body().trim());
			}
			return response.body().trim();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No control channel at " + this.base + " (is the stack running, "
					+ "with --control-port matching?): " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}

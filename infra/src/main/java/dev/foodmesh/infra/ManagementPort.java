package dev.foodmesh.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A running service's management port as its integration test sees it: GETs that must
 * answer 200, and the checks every service shares (its probes up, its Prometheus scrape
 * served).
 */
public final class ManagementPort {

	private static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI base;

	ManagementPort(int port) {
		this.base = URI.create("http://localhost:" + port);
	}

	/**
	 * Checks that the readiness and liveness probes answer 200, and returns the
	 * Prometheus scrape for the test's own metrics.
	 */
	public static String probesUpThenScrape(int port) {
		ManagementPort management = new ManagementPort(port);
		management.get("/actuator/health/readiness");
		management.get("/actuator/health/liveness");
		return management.get("/actuator/prometheus");
	}

	/** The body of a GET that must answer 200. */
	String get(String path) {
		HttpRequest request = HttpRequest.newBuilder(this.base.resolve(path)).timeout(Duration.ofSeconds(30)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new AssertionError(
						"GET " + request.uri() + " answered " + response.statusCode() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GET " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during GET " + request.uri(), ex);
		}
	}

}

package dev.foodmesh.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers the couriers a run needs through delivery-service's {@code POST /couriers},
 * before the first step. The simulator keeps a courier busy for pickup delay + delivery
 * delay and up to one of its once-a-second passes after each, so the peak rate needs
 * about rate × (pickup + delivery + 2 s) couriers at once; with fewer, orders queue for a
 * courier and the saga latency measures the queue.
 */
public final class CourierSeeder {

	/**
	 * Registrations in flight at once: enough to finish thousands in seconds without
	 * swamping a 2-core machine.
	 */
	private static final int CONCURRENCY = 16;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http;

	private final URI deliveryService;

	private final @Nullable String token;

	/**
	 * @param deliveryService delivery-service's base URL, e.g.
	 * {@code http://localhost:8084}
	 * @param token a bearer token to send, or {@code null}
	 */
	public CourierSeeder(HttpClient http, URI deliveryService, @Nullable String token) {
		this.http = http;
		this.deliveryService = deliveryService;
		this.token = token;
	}

	/**
	 * Couriers that keep {@code peakRate} orders/s flowing: rate × (pickup + delivery +
	 * two simulator passes) × headroom, rounded up.
	 */
	public static int needed(int peakRate, LoadProfile.Simulator simulator, double headroom) {
		double busySeconds = simulator.courierBusy().toMillis() / 1000.0;
		return (int) Math.ceil(peakRate * busySeconds * headroom);
	}

	/**
	 * Registers as many couriers in {@code city} as it lacks to have {@code wanted}.
	 * @return how many the city had and how many were added
	 * @throws CourierSeedingException when delivery-service cannot register them (no
	 * {@code POST /couriers}, down)
	 */
	public Seeded seed(String city, int wanted) {
		int existing = count(city);
		int missing = Math.max(0, wanted - existing);
		String batch = UUID.randomUUID().toString().substring(0, 8);
		Semaphore permits = new Semaphore(CONCURRENCY);
		AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
		try {
			for (int index = 1; index <= missing && failure.get() == null; index++) {
				permits.acquire();
				register("Load courier " + batch + "-" + index, city).whenComplete((done, error) -> {
					if (error != null) {
						failure.compareAndSet(null, (error instanceof CompletionException) ? error.getCause() : error);
					}
					permits.release();
				});
			}
			// every registration still in flight has finished once all permits are back
			permits.acquire(CONCURRENCY);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CourierSeedingException("Interrupted while registering couriers", ex);
		}
		Throwable cause = failure.get();
		if (cause != null) {
			throw (cause instanceof CourierSeedingException seeding) ? seeding : new CourierSeedingException(
					"Could not register couriers at " + this.deliveryService + ": " + cause, cause);
		}
		return new Seeded(existing, missing);
	}

	private int count(String city) {
		URI uri = this.deliveryService
			.resolve("/couriers?size=1&city=" + URLEncoder.encode(city, StandardCharsets.UTF_8));
		HttpResponse<String> response = send(request(uri).GET().build());
		if (response.statusCode() != 200) {
			throw new CourierSeedingException(
					"GET " + uri + " answered " + response.statusCode() + ": " + response.body());
		}
		JsonNode total = JSON.readTree(response.body()).path("totalItems");
		if (!total.isNumber()) {
			throw new CourierSeedingException(
					"GET " + uri + " did not answer a page with totalItems: " + response.body());
		}
		return total.asInt();
	}

	private CompletableFuture<Void> register(String name, String city) {
		URI uri = this.deliveryService.resolve("/couriers");
		String body = JSON.writeValueAsString(Map.of("name", name, "city", city));
		HttpRequest request = request(uri).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept((response) -> {
			if (response.statusCode() != 201) {
				throw new CourierSeedingException(explain(uri, response));
			}
		});
	}

	private static String explain(URI uri, HttpResponse<String> response) {
		if (response.statusCode() == 404 || response.statusCode() == 405) {
			return "delivery-service has no POST /couriers (POST " + uri + " answered " + response.statusCode()
					+ "), so the couriers this run needs cannot be registered. Run against a delivery-service that "
					+ "has it (issue 8), or pass --couriers 0 to run with the couriers the city already has (orders "
					+ "then queue for a courier and the saga latency measures that queue).";
		}
		return "POST " + uri + " answered " + response.statusCode() + ": " + response.body();
	}

	private HttpRequest.Builder request(URI uri) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
		if (this.token != null) {
			builder.header("Authorization", "Bearer " + this.token);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new CourierSeedingException("delivery-service does not answer at " + request.uri() + ": " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CourierSeedingException("Interrupted while asking " + request.uri(), ex);
		}
	}

	/**
	 * @param existing couriers the city had before
	 * @param added couriers registered now
	 */
	public record Seeded(int existing, int added) {
	}

	/** The run cannot have the couriers it needs; the message says why and what to do. */
	public static final class CourierSeedingException extends RuntimeException {

		CourierSeedingException(String message) {
			super(message);
		}

		CourierSeedingException(String message, Throwable cause) {
			super(message, cause);
		}

	}

}

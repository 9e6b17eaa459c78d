package dev.foodmesh.infra.drill;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services' public HTTP API as a patient client uses it: an answer of 5xx, a timeout
 * or a refused connection is sent again (the same {@code Idempotency-Key} for a
 * placement) until {@link #GIVE_UP} has passed, as a client that wants its order would; a
 * 4xx is final. Every request carries the bearer token of whoever acts (a customer, a
 * courier, an operator: docs/security.md), minted by the {@code DevIssuer} the local
 * stack trusts.
 */
final class FoodMeshApi {

	/** Longer than any outage the drill causes, plus a service's restart. */
	static final Duration GIVE_UP = Duration.ofMinutes(5);

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final Pattern LOCATION_ID = Pattern.compile("/([0-9a-f-]{36})$");

	/** The final answer: its status (0 when none came before giving up) and body. */
	record Answer(int status, String body, Optional<String> location) {

		boolean is2xx() {
			return this.status >= 200 && this.status < 300;
		}

		/** The id at the end of the {@code Location} header. */
		Optional<String> createdId() {
			return this.location.map(LOCATION_ID::matcher).filter(Matcher::find).map((m) -> m.group(1));
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	CompletableFuture<Answer> post(String url, String body, String idempotencyKey, String token) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(TIMEOUT)
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (!idempotencyKey.isEmpty()) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return send(request.build(), System.nanoTime() + GIVE_UP.toNanos());
	}

	CompletableFuture<Answer> post(String url, String token) {
		return post(url, "", "", token);
	}

	private CompletableFuture<Answer> send(HttpRequest request, long giveUpAt) {
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
			.handle((response, failure) -> (failure != null) ? new Answer(0, failure.toString(), Optional.empty())
					: new Answer(response.statusCode(), response.body(), response.headers().firstValue("Location")))
			.thenCompose((answer) -> (answer.status() > 0 && answer.status() < 500) || System.nanoTime() > giveUpAt
					? CompletableFuture.completedFuture(answer)
					: CompletableFuture.supplyAsync(() -> request, oneSecondLater())
						.thenCompose((again) -> send(again, giveUpAt)));
	}

	private static Executor oneSecondLater() {
		return CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS);
	}

}

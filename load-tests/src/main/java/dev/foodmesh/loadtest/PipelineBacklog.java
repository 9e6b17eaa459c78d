package dev.foodmesh.loadtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;

import org.jspecify.annotations.Nullable;

/**
 * What the saga still has to do, summed over the services that consume and publish
 * events: Kafka consumer lag ({@value #LAG}, records not yet consumed, per partition) and
 * outbox backlog ({@value #OUTBOX}, rows not yet published), both the messaging kit's
 * gauges on each service's {@code /actuator/prometheus}.
 */
public final class PipelineBacklog {

	static final String LAG = "foodmesh_consumer_lag";

	static final String OUTBOX = "foodmesh_outbox_backlog";

	private static final Duration SCRAPE_TIMEOUT = Duration.ofSeconds(3);

	private final HttpClient http;

	private final List<URI> endpoints;

	/**
	 * @param endpoints the {@code /actuator/prometheus} URLs of order, payment and
	 * delivery
	 */
	public PipelineBacklog(HttpClient http, List<URI> endpoints) {
		this.http = http;
		this.endpoints = List.copyOf(endpoints);
	}

	/**
	 * Scrapes every endpoint once. A service that does not answer, or does not export a
	 * gauge, leaves that total unknown: the report says so instead of calling it 0.
	 */
	public Reading read() {
		double lag = 0;
		double outbox = 0;
		boolean lagKnown = true;
		boolean outboxKnown = true;
		for (URI endpoint : this.endpoints) {
			String exposition = scrape(endpoint);
			OptionalDouble serviceLag = (exposition != null) ? PrometheusText.sum(exposition, LAG)
					: OptionalDouble.empty();
			OptionalDouble serviceOutbox = (exposition != null) ? PrometheusText.sum(exposition, OUTBOX)
					: OptionalDouble.empty();
			lagKnown &= serviceLag.isPresent();
			outboxKnown &= serviceOutbox.isPresent();
			lag += serviceLag.orElse(0);
			outbox += serviceOutbox.orElse(0);
		}
		return new Reading(lagKnown ? OptionalDouble.of(lag) : OptionalDouble.empty(),
				outboxKnown ? OptionalDouble.of(outbox) : OptionalDouble.empty());
	}

	private @Nullable String scrape(URI endpoint) {
		HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(SCRAPE_TIMEOUT).GET().build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
			return (response.statusCode() == 200) ? response.body() : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	/**
	 * Consumer lag and outbox backlog summed over the services; empty where some service
	 * did not tell.
	 *
	 * @param lag records not yet consumed
	 * @param outbox outbox rows not yet published
	 */
	public record Reading(OptionalDouble lag, OptionalDouble outbox) {

		/** Both known and both 0: everything the step started has gone through Kafka. */
		public boolean drained() {
			return this.lag.isPresent() && this.outbox.isPresent() && this.lag.getAsDouble() == 0
					&& this.outbox.getAsDouble() == 0;
		}

	}

}

package dev.foodmesh.e2e.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.Http;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.FoodMeshService;

import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.DELIVERED;
import static dev.foodmesh.infra.FoodMeshService.ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

/**
 * Issue 4, point 4: the services' logs are JSON lines, and every line written inside a
 * request or while a Kafka record is handled carries the agent's {@code trace_id} and
 * {@code span_id}. Reads what the five services (real agent, Boot's structured logging as
 * web-support sets it up) wrote to their output files
 * ({@code e2e.logs}/{@code <service>.log}) around one order placed with a known
 * {@code traceparent}.
 */
@JourneyTest
@Order(6)
class LogJourneyIT extends Journey {

	private static final Path LOGS = Path.of(System.getProperty("e2e.logs", "target/e2e-logs"));

	/**
	 * Plain-text lines that are not the application's, on stderr: the JVM's own warnings
	 * (CDS with an agent on the boot class path, native access) and the OpenTelemetry
	 * agent's own log (start-up, and an export that timed out on a busy machine).
	 */
	private static final Pattern JVM_OR_AGENT = Pattern
		.compile("^(OpenJDK 64-Bit Server VM warning: .*|WARNING: .*|\\[otel\\.javaagent [^]]+] .*)$");

	/**
	 * What may follow such a line: blank lines and the stack trace of the agent's error.
	 */
	private static final Pattern CONTINUATION = Pattern
		.compile("^(\\s*|\\s+at .*|\\s+\\.\\.\\. \\d+ more|Caused by: .*|[\\w.$]+(Exception|Error)(: .*)?)$");

	private static final Pattern SPAN_ID = Pattern.compile("[0-9a-f]{16}");

	LogJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldWriteJsonLinesWithTheTraceOfTheRequestAndOfEachRecordTheyWereWrittenFor() {
		String traceId = hex(16);
		String callerSpanId = hex(8);
		UUID orderId = place("00-" + traceId + "-" + callerSpanId + "-01");
		this.foodMesh.awaitStatus(orderId, DELIVERED);

		// one line per business outcome: the request in order-service, each record in
		// payment, order and delivery
		List<LogLine> outcomes = await("the order's outcome lines in the services' logs").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> outcomeLines(orderId), (lines) -> lines.size() == 6);

		LogLine placed = outcomes.get(0);
		assertThat(placed.traceId()).as("the request's line carries the caller's trace: %s", placed).isEqualTo(traceId);
		assertThat(placed.spanId()).as("and a span of order-service's own: %s", placed)
			.matches(SPAN_ID)
			.isNotEqualTo(callerSpanId);
		// the kit runs each handler in the record's trace, and the delivery keeps the
		// order's for the simulator
		for (LogLine line : outcomes.subList(1, outcomes.size())) {
			assertThat(line.traceId()).as("trace_id of a line written for a record: %s", line).isEqualTo(traceId);
			assertThat(line.spanId()).as("span_id of a line written for a record: %s", line)
				.matches(SPAN_ID)
				.isNotEqualTo(placed.spanId());
		}
	}

	@Test
	void shouldWriteNothingButJsonObjectsFromTheApplication() {
		UUID orderId = place("00-" + hex(16) + "-" + hex(8) + "-01");
		this.foodMesh.awaitStatus(orderId, DELIVERED);

		for (FoodMeshService service : FoodMeshService.values()) {
			List<String> lines = lines(service);
			assertThat(lines).as("%s's output", service.serviceName()).isNotEmpty();
			List<String> notJson = new ArrayList<>();
			boolean afterJvmOrAgent = false;
			for (String line : lines) {
				JsonNode json = parse(line);
				if (json == null) {
					afterJvmOrAgent = JVM_OR_AGENT.matcher(line).matches()
							|| afterJvmOrAgent && CONTINUATION.matcher(line).matches();
					if (!afterJvmOrAgent) {
						notJson.add(line);
					}
					continue;
				}
				afterJvmOrAgent = false;
				assertThat(json.isObject()).as("one JSON object per line in %s: %s", service.serviceName(), line)
					.isTrue();
				assertThat(json.path("service").asString()).as("service of %s", line).isEqualTo(service.serviceName());
				assertThat(json.path("level").asString()).as("level of %s", line).isNotBlank();
				assertThat(json.has("message")).as("message of %s", line).isTrue();
				assertThat(json.path("@timestamp").asString()).as("@timestamp of %s", line).isNotBlank();
			}
			assertThat(notJson)
				.as("lines of %s that are neither JSON nor the JVM's or the agent's", service.serviceName())
				.isEmpty();
		}
	}

	/**
	 * The lines that tell the order's story, in this order: placed (POST /orders),
	 * payment authorised (OrderCreated in payment-service), PAID (PaymentAuthorized in
	 * order-service), courier assigned (OrderPaid in delivery-service),
	 * DELIVERY_SCHEDULED, PICKED_UP and DELIVERED (the delivery events in order-service).
	 */
	private static List<LogLine> outcomeLines(UUID orderId) {
		String id = orderId.toString();
		List<LogLine> order = ofOrder(ORDER, id);
		List<LogLine> found = new ArrayList<>();
		first(order, "Order " + id + " placed").ifPresent(found::add);
		first(ofOrder(FoodMeshService.PAYMENT, id), "Payment of order " + id + ": AUTHORIZED").ifPresent(found::add);
		first(order, "-> PAID on PAYMENT_AUTHORIZED").ifPresent(found::add);
		first(ofOrder(FoodMeshService.DELIVERY, id), "Delivery of order " + id + " in Berlin: courier ")
			.ifPresent(found::add);
		first(order, "-> DELIVERY_SCHEDULED").ifPresent(found::add);
		first(order, "-> DELIVERED").ifPresent(found::add);
		return found;
	}

	private static java.util.Optional<LogLine> first(List<LogLine> lines, String messagePart) {
		return lines.stream().filter((line) -> line.message().contains(messagePart)).findFirst();
	}

	/** The JSON lines of a service whose {@code orderId} field names the order. */
	private static List<LogLine> ofOrder(FoodMeshService service, String orderId) {
		return lines(service).stream()
			.map(LogJourneyIT::parse)
			.filter((json) -> json != null && orderId.equals(json.path("orderId").asString(null)))
			.map((json) -> new LogLine(service.serviceName(), json.path("message").asString(),
					json.path("trace_id").asString(null), json.path("span_id").asString(null), json.toString()))
			.toList();
	}

	private static List<String> lines(FoodMeshService service) {
		Path file = LOGS.resolve(service.serviceName() + ".log");
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file.toAbsolutePath(), ex);
		}
	}

	/** The line as JSON, or {@code null} when it is not JSON at all. */
	private static JsonNode parse(String line) {
		if (!line.startsWith("{")) {
			return null;
		}
		try {
			return Json.read(line);
		}
		catch (JacksonException ex) {
			return fail("a line that starts like JSON but is not: " + line, ex);
		}
	}

	private UUID place(String traceparent) {
		HttpResult placed = Http.post(this.fleet.api(ORDER, "/orders"))
			.as(DevIssuer.customer(pizzaInBerlin().userId()))
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.header("traceparent", traceparent)
			.json(pizzaInBerlin().toJson())
			.send();
		assertThat(placed.status()).as("%s", placed).isEqualTo(201);
		return UUID.fromString(Json.text(placed.json(), "id"));
	}

	private static String hex(int bytes) {
		byte[] id = new byte[bytes];
		ThreadLocalRandom.current().nextBytes(id);
		id[0] |= 1;
		return HexFormat.of().formatHex(id);
	}

	private record LogLine(String service, String message, String traceId, String spanId, String json) {

		@Override
		public String toString() {
			return this.service + " " + this.json;
		}

	}

}

package dev.foodmesh.infra.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.foodmesh.infra.FoodMeshService;
import org.jspecify.annotations.Nullable;

/**
 * What the launcher prints once everything is ready: where each part listens and logs,
 * how the stack is set up, and copy-paste commands that place an order and follow it.
 */
final class Banner {

	private static final String USER_ALICE = "11111111-1111-4111-8111-111111111111";

	private static final String PIZZERIA_ROMA = "22222222-2222-4222-8222-222222222221";

	private static final String MARGHERITA = "33333333-3333-4333-8333-333333333311";

	private static final String ROW = "  %-19s %-24s %-34s %s%n";

	private final LocalStackOptions options;

	private final StateDirectory state;

	private final PrintStream out;

	Banner(LocalStackOptions options, StateDirectory state, PrintStream out) {
		this.options = options;
		this.state = state;
		this.out = out;
	}

	/**
	 * {@code traces}: where the traces go ({@link TraceDestination#description()}), or
	 * {@code null}.
	 */
	void print(ServiceFleet services, @Nullable Path agent, @Nullable String traces, double readySeconds) {
		PrintStream o = this.out;
		o.println();
		o.printf(Locale.ROOT, "FoodMesh is up: everything ready in %.1f s.%n", readySeconds);
		o.println();
		printParts(services);
		o.println();
		printSettings(agent, traces);
		o.println();
		printOrderCommands(services.service(FoodMeshService.ORDER));
		o.println();
		o.println("Demo users, restaurants and menu ids: docs/demo-data.md. Ctrl-C stops everything.");
	}

	private void printParts(ServiceFleet services) {
		PrintStream o = this.out;
		o.printf(Locale.ROOT, ROW, "service", "API", "management (actuator)", "log");
		for (ServiceProcess service : services.services()) {
			o.printf(Locale.ROOT, ROW, service.name(), "http://localhost:" + service.apiPort(),
					"http://localhost:" + service.managementPort() + "/actuator", relative(service.logFile()));
		}
		o.printf(Locale.ROOT, ROW, "postgres", "localhost:" + this.options.postgresPort(),
				"db/user/password foodmesh_<svc>", relative(this.state.logs().resolve("postgres.log")));
		o.printf(Locale.ROOT, ROW, "kafka", "localhost:" + this.options.kafkaPort(),
				"topics foodmesh.*.events.v1(.dlt)", relative(this.state.logs().resolve("infrastructure.log")));
	}

	private void printSettings(@Nullable Path agent, @Nullable String traces) {
		PrintStream o = this.out;
		o.println("  Data: " + relative(this.state.path()) + " (kept between runs; --clean starts afresh)");
		o.println("  OpenTelemetry: " + ((agent == null) ? "agent not attached (--no-otel)"
				: (traces != null) ? "agent attached, exporting traces (metrics and logs stay local)"
						: otelExporting() ? "agent attached, exporting per your OTEL_* settings"
								: "agent attached, exporters off (--traces or --jaeger=PATH to see traces)"));
		if (traces != null) {
			o.println("  Traces: " + traces);
		}
		o.println(
				"  Delivery simulator: " + (this.options.simulator().enabled() ? "on" : "off (use the delivery API)"));
		o.println("  Control channel (drills): http://127.0.0.1:" + this.options.controlPort()
				+ "/status (infra/README.md)");
	}

	private void printOrderCommands(ServiceProcess order) {
		String orders = "localhost:" + order.apiPort() + "/orders";
		String body = """
				{"userId":"%s","restaurantId":"%s","items":[{"menuItemId":"%s","quantity":2}],\
				"deliveryAddress":{"street":"Friedrichstr. 1","city":"Berlin","postalCode":"10117"},\
				"paymentToken":"tok_visa"}""".formatted(USER_ALICE, PIZZERIA_ROMA, MARGHERITA);
		String post = placeOrder(orders, "'Idempotency-Key: " + UUID.randomUUID() + "'", body);
		String postWithFreshKey = placeOrder(orders,
				"\"Idempotency-Key: $(uuidgen 2>/dev/null || cat /proc/sys/kernel/random/uuid)\"", body);
		PrintStream o = this.out;
		DevTokensBanner.print(o, USER_ALICE);
		o.println("Place an order (Alice, 2 x Margherita at Pizzeria Roma, card tok_visa); the same key again");
		o.println("returns the same order:");
		o.println();
		o.println("  " + post);
		o.println();
		o.println("Follow it live (id from the Location header; the stream ends at DELIVERED):");
		o.println();
		o.println("  curl -sSN " + orders + "/<order-id>/events " + DevTokensBanner.customerHeader());
		o.println();
		o.println("Or both at once:");
		o.println();
		o.println("  ORDER=$(" + postWithFreshKey
				+ " | tr -d '\\r' | awk -F/ 'tolower($0) ~ /^location:/ {print $NF}') && curl -sSN " + orders
				+ "/$ORDER/events " + DevTokensBanner.customerHeader());
	}

	private static String placeOrder(String orders, String idempotencyHeader, String body) {
		return "curl -si " + orders + " " + DevTokensBanner.customerHeader()
				+ " -H 'Content-Type: application/json' -H " + idempotencyHeader + " -d '" + body + "'";
	}

	private static boolean otelExporting() {
		Map<String, String> environment = System.getenv();
		return environment.keySet()
			.stream()
			.anyMatch((key) -> key.startsWith("OTEL_") && !key.equals("OTEL_SERVICE_NAME"));
	}

	private String relative(Path path) {
		return this.state.relative(path);
	}

}

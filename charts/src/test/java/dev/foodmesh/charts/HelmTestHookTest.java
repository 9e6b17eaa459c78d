package dev.foodmesh.charts;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 10, item 4: {@code helm test} places an order through the gateway and follows it
 * to DELIVERED. No cluster exists here, so the hook is checked statically (a hardened
 * test Pod outside the mesh, aimed at the gateway's Service with the edge host's SNI,
 * asking only for routes the edge serves) and its script is run for real against a
 * stand-in gateway on 127.0.0.1 that answers as order-service does.
 */
class HelmTestHookTest {

	final RenderedChart chart = RenderedChart.of("default");

	HttpServer server;

	@AfterEach
	void stop() {
		if (this.server != null) {
			this.server.stop(0);
		}
	}

	@Test
	void shouldRenderAHardenedTestHookOutsideTheMeshAimedAtTheGateway() {
		Map<String, Object> pod = testPod(this.chart);
		Map<String, Object> container = Yamls.maps(pod, "spec.containers").get(0);

		assertThat(Yamls.map(pod, "metadata.annotations")).containsEntry("helm.sh/hook", "test");
		assertThat(Yamls.map(pod, "metadata.labels")).containsEntry("sidecar.istio.io/inject", "false");
		assertThat(Yamls.at(pod, "spec.securityContext.runAsNonRoot")).isEqualTo(true);
		assertThat(Yamls.at(pod, "spec.automountServiceAccountToken")).isEqualTo(false);
		assertThat(Yamls.at(container, "securityContext.readOnlyRootFilesystem")).isEqualTo(true);
		assertThat(Yamls.list(container, "securityContext.capabilities.drop")).contains("ALL");
		assertThat(env(container)).containsEntry("EDGE_URL", "https://foodmesh.local")
			.containsEntry("CONNECT_TO", "foodmesh.local:443:istio-ingressgateway.istio-system.svc.cluster.local:443");
		assertThat(String.valueOf(Yamls.at(pod, "spec.volumes"))).contains("secretName=foodmesh-test-token");
		String helmIstio = env(
				Yamls.maps(testPod(RenderedChart.of("examples/istio-helm/values.yaml")), "spec.containers").get(0))
			.get("CONNECT_TO");
		assertThat(helmIstio).endsWith(":istio-ingress.istio-ingress.svc.cluster.local:443");
		assertThat(RenderedChart.of("examples/production/values.yaml").ofKind("Pod")).isEmpty();
		assertThat(RenderedChart.of("mesh-off").ofKind("Pod")).isEmpty();
	}

	@Test
	void shouldAskOnlyForRoutesTheEdgeServes() {
		List<Map<String, Object>> routes = Yamls.maps(this.chart.get("VirtualService", "foodmesh-edge"), "spec.http");

		assertThat(routedTo(routes, "POST", "/orders")).isEqualTo("order-service");
		assertThat(routedTo(routes, "GET", "/orders/0b1c")).isEqualTo("order-service");
		assertThat(script(this.chart)).contains("-X POST \"${EDGE_URL}/orders\"", "\"${EDGE_URL}/orders/${id}\"");
	}

	@Test
	void shouldPlaceAnOrderAndFollowItToDelivered(@TempDir Path dir) throws Exception {
		List<String> seen = new CopyOnWriteArrayList<>();
		AtomicInteger reads = new AtomicInteger();
		start((exchange) -> {
			seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
					+ exchange.getRequestHeaders().getFirst("Authorization"));
			if (exchange.getRequestMethod().equals("POST")) {
				String body = read(exchange.getRequestBody());
				boolean ok = body.contains("\"userId\":\"11111111-1111-4111-8111-111111111111\"")
						&& exchange.getRequestHeaders().getFirst("Idempotency-Key") != null;
				exchange.getResponseHeaders().add("Location", "/orders/0b1c");
				respond(exchange, ok ? 201 : 400, "{\"id\":\"0b1c\",\"status\":\"PAYMENT_PENDING\"}");
			}
			else {
				String status = switch (reads.incrementAndGet()) {
					case 1 -> "PAYMENT_PENDING";
					case 2 -> "PAID";
					default -> "DELIVERED";
				};
				respond(exchange, 200, "{\"id\":\"0b1c\",\"userId\":\"u\",\"status\":\"" + status
						+ "\",\"history\":[{\"status\":\"PAYMENT_PENDING\"}]}");
			}
		});

		ChartTools.Result run = runScript(dir, "a.jwt.token");

		assertThat(run.exitCode()).as(run.all()).isZero();
		assertThat(run.stdout()).contains("order 0b1c placed through the gateway", "PASS: order 0b1c DELIVERED");
		assertThat(seen.get(0)).isEqualTo("POST /orders Bearer a.jwt.token");
		assertThat(seen).last().asString().startsWith("GET /orders/0b1c");
	}

	@Test
	void shouldFailOnACancelledOrder(@TempDir Path dir) throws Exception {
		start((exchange) -> {
			if (exchange.getRequestMethod().equals("POST")) {
				exchange.getResponseHeaders().add("Location", "/orders/0b1c");
				respond(exchange, 201, "{}");
			}
			else {
				respond(exchange, 200, "{\"status\":\"CANCELLED\",\"cancellationReason\":\"PAYMENT_DECLINED\"}");
			}
		});

		ChartTools.Result run = runScript(dir, "a.jwt.token");

		assertThat(run.exitCode()).isNotZero();
		assertThat(run.stderr()).contains("FAIL: order 0b1c ended CANCELLED");
	}

	@Test
	void shouldSayWhatIsMissingWithoutAToken(@TempDir Path dir) throws Exception {
		start((exchange) -> respond(exchange, 500, "{}"));

		ChartTools.Result run = runScript(dir, "");

		assertThat(run.exitCode()).isNotZero();
		assertThat(run.stderr()).contains("create Secret foodmesh-test-token (key token)");
	}

	private ChartTools.Result runScript(Path dir, String token) throws IOException {
		assumeTrue(ChartTools.run(List.of("curl", "--version"), null).exitCode() == 0, "curl is not installed");
		Path tokenFile = dir.resolve("token");
		Files.writeString(tokenFile, token);
		List<String> command = new ArrayList<>(
				List.of("env", "EDGE_URL=http://127.0.0.1:" + this.server.getAddress().getPort(), "CONNECT_TO=",
						"TOKEN_FILE=" + tokenFile, "TOKEN_SECRET=foodmesh-test-token", "TIMEOUT_SECONDS=20",
						"POLL_SECONDS=1", "TMPDIR=" + dir));
		// the pod's /tmp is its own emptyDir; here the script's scratch files go to the
		// test's directory
		command.addAll(List.of("sh", "-ec", script(this.chart).replace("/tmp/", dir + "/")));
		return ChartTools.run(command, null);
	}

	private void start(Handler handler) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/", (exchange) -> {
			try {
				handler.handle(exchange);
			}
			finally {
				exchange.close();
			}
		});
		this.server.start();
	}

	interface Handler {

		void handle(HttpExchange exchange) throws IOException;

	}

	static Map<String, Object> testPod(RenderedChart chart) {
		return chart.ofKind("Pod")
			.findFirst()
			.orElseThrow(() -> new AssertionError("no test Pod in " + chart.valueSet()));
	}

	static String script(RenderedChart chart) {
		return String.valueOf(Yamls.list(Yamls.maps(testPod(chart), "spec.containers").get(0), "args").get(0));
	}

	static Map<String, String> env(Map<String, Object> container) {
		Map<String, String> env = new java.util.TreeMap<>();
		Yamls.maps(container, "env")
			.forEach((e) -> env.put(String.valueOf(e.get("name")), String.valueOf(e.get("value"))));
		return env;
	}

	static String routedTo(List<Map<String, Object>> routes, String method, String path) {
		for (Map<String, Object> route : routes) {
			for (Map<String, Object> match : Yamls.maps(route, "match")) {
				Map<String, Object> uri = Yamls.map(match, "uri");
				boolean pathOk = path.equals(uri.get("exact"))
						|| (uri.get("prefix") != null && path.startsWith(String.valueOf(uri.get("prefix"))))
						|| (uri.get("regex") != null && Pattern.matches(String.valueOf(uri.get("regex")), path));
				if (pathOk && method.equals(Yamls.str(match, "method.exact"))) {
					return Yamls.str(Yamls.maps(route, "route").get(0), "destination.host").split("\\.")[0];
				}
			}
		}
		return null;
	}

	static void respond(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	static String read(InputStream in) throws IOException {
		return new String(in.readAllBytes(), StandardCharsets.UTF_8);
	}

}

package dev.foodmesh.charts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mesh set of issue 5, point 2, asserted on the rendered objects: TLS gateway, routes
 * with safe retries, DestinationRules, STRICT mTLS, deny-by-default with ALLOW rules
 * exactly matching the call graph, JWT on POST /orders, tracing, egress scoping, and no
 * sidecar on Kafka and Postgres. "ha-demo" carries the development JWT keys; "default"
 * carries none.
 */
class MeshPolicyTest {

	static final String GATEWAY = "cluster.local/ns/istio-system/sa/istio-ingressgateway-service-account";

	static final String ORDER = "cluster.local/ns/foodmesh/sa/order-service";

	/**
	 * The edge exposes placing and following orders, browsing restaurants and menus, and
	 * courier actions.
	 */
	static final Set<String> EDGE_OPERATIONS = Set.of("order-service POST /orders", "order-service GET /orders",
			"order-service GET /orders/{*}", "order-service GET /orders/{*}/events",
			"order-service POST /orders/{*}/cancel", "restaurant-service GET /restaurants",
			"restaurant-service GET /restaurants/*", "delivery-service GET /deliveries",
			"delivery-service POST /deliveries/{*}/pickup", "delivery-service POST /deliveries/{*}/complete",
			"delivery-service GET /couriers");

	/**
	 * East-west: only order-service calls user-service and restaurant-service over HTTP.
	 */
	static final Set<String> ORDER_OPERATIONS = Set.of("user-service GET /users/*",
			"restaurant-service GET /restaurants/*", "restaurant-service POST /restaurants/{*}/quote");

	final RenderedChart chart = RenderedChart.of("ha-demo");

	@Test
	void shouldTerminateTlsAtTheGatewayWithTheConfiguredSecret() {
		Map<String, Object> gateway = this.chart.get("Gateway", "foodmesh-gateway");
		List<Map<String, Object>> servers = Yamls.maps(gateway, "spec.servers");

		assertThat(gateway.get("apiVersion")).isEqualTo("networking.istio.io/v1");
		assertThat(servers).filteredOn((s) -> "HTTPS".equals(Yamls.str(s, "port.protocol")))
			.singleElement()
			.satisfies((s) -> {
				assertThat(Yamls.str(s, "tls.mode")).isEqualTo("SIMPLE");
				assertThat(Yamls.str(s, "tls.credentialName")).isEqualTo("foodmesh-tls");
				assertThat(Yamls.str(s, "port.number")).isEqualTo("443");
			});
		assertThat(servers).filteredOn((s) -> "HTTP".equals(Yamls.str(s, "port.protocol")))
			.allSatisfy((s) -> assertThat(Yamls.at(s, "tls.httpsRedirect")).isEqualTo(true));
	}

	@Test
	void shouldRequireMutualTlsForTheWholeNamespace() {
		Map<String, Object> peer = this.chart.get("PeerAuthentication", "default");

		assertThat(Yamls.str(peer, "spec.mtls.mode")).isEqualTo("STRICT");
		assertThat(Yamls.at(peer, "spec.selector")).isNull();
	}

	@Test
	void shouldDenyEverythingNotExplicitlyAllowed() {
		Map<String, Object> denyAll = this.chart.get("AuthorizationPolicy", "deny-by-default");

		assertThat(Yamls.map(denyAll, "spec")).isEmpty();
		assertThat(this.chart.ofKind("AuthorizationPolicy"))
			.allSatisfy((p) -> assertThat(Yamls.str(p, "spec.action")).isIn(null, "ALLOW"));
	}

	@Test
	void shouldAllowExactlyTheCallGraph() {
		Map<String, Set<String>> byPrincipal = allowedOperationsByPrincipal();

		assertThat(byPrincipal).containsOnlyKeys(GATEWAY, ORDER);
		assertThat(byPrincipal.get(GATEWAY)).containsExactlyInAnyOrderElementsOf(EDGE_OPERATIONS);
		assertThat(byPrincipal.get(ORDER)).containsExactlyInAnyOrderElementsOf(ORDER_OPERATIONS);
	}

	@Test
	void shouldGivePaymentServiceNoHttpCallerAtAll() {
		assertThat(this.chart.find("AuthorizationPolicy", "payment-service")).isEmpty();
		assertThat(this.chart.ofKind("AuthorizationPolicy")).noneMatch((p) -> "payment-service"
			.equals(Yamls.map(p, "spec.selector.matchLabels").get("app.kubernetes.io/name")));
	}

	@Test
	void shouldAdmitOnlyPrincipalsOnTheApiPort() {
		for (Map<String, Object> rule : allowRules()) {
			assertThat(Yamls.maps(rule, "from")).allSatisfy((from) -> {
				assertThat(Yamls.list(from, "source.principals")).isNotEmpty()
					.noneMatch((p) -> String.valueOf(p).contains("*"));
				assertThat(Yamls.at(from, "source.namespaces")).isNull();
			});
			assertThat(Yamls.maps(rule, "to"))
				.allSatisfy((to) -> assertThat(Yamls.list(to, "operation.ports")).containsExactly("8080"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ha-demo", "default" })
	void shouldRequireARequestPrincipalToPlaceAnOrder(String valueSet) {
		List<Map<String, Object>> placeOrder = allowRules(RenderedChart.of(valueSet)).stream()
			.filter((r) -> operations(r).contains("POST /orders"))
			.toList();

		assertThat(placeOrder).hasSize(1);
		assertThat(Yamls.maps(placeOrder.get(0), "from")).singleElement()
			.satisfies((f) -> assertThat(Yamls.list(f, "source.requestPrincipals"))
				.containsExactly("https://auth.foodmesh.dev/*"));
	}

	/**
	 * docs/security.md: no anonymous edge route, and the roles each route needs (the
	 * services check them again).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';',
			value = { "order-service POST /orders; customer", "order-service POST /orders/{*}/cancel; customer",
					"order-service GET /orders; customer,operator", "order-service GET /orders/{*}; customer,operator",
					"order-service GET /orders/{*}/events; customer,operator",
					"delivery-service POST /deliveries/{*}/pickup; courier,operator",
					"delivery-service POST /deliveries/{*}/complete; courier,operator",
					"delivery-service GET /deliveries; courier,operator",
					"delivery-service GET /couriers; courier,operator", "restaurant-service GET /restaurants; ",
					"restaurant-service GET /restaurants/*; " })
	void shouldRequireATokenWithTheRouteRolesOnEveryEdgeRoute(String operation, String roles) {
		Map<String, Object> rule = edgeRule(operation);

		assertThat(Yamls.maps(rule, "from")).singleElement()
			.satisfies((f) -> assertThat(Yamls.list(f, "source.requestPrincipals"))
				.containsExactly("https://auth.foodmesh.dev/*"));
		if (roles == null) {
			assertThat(Yamls.at(rule, "when")).isNull();
		}
		else {
			assertThat(Yamls.maps(rule, "when")).singleElement().satisfies((w) -> {
				assertThat(w.get("key")).isEqualTo("request.auth.claims[roles]");
				assertThat(Yamls.list(w, "values")).containsExactly((Object[]) roles.split(","));
			});
		}
	}

	@Test
	void shouldPassTheTokenOnAndGiveTheServicesTheSameKeys() {
		assertThat(this.chart.ofKind("RequestAuthentication")).allSatisfy(
				(r) -> assertThat(Yamls.maps(r, "spec.jwtRules").get(0).get("forwardOriginalToken")).isEqualTo(true));
		String jwks = String
			.valueOf(Yamls.maps(this.chart.ofKind("RequestAuthentication").findFirst().orElseThrow(), "spec.jwtRules")
				.get(0)
				.get("jwks"));
		for (String service : List.of("order-service", "user-service", "restaurant-service", "payment-service",
				"delivery-service")) {
			assertThat(Yamls.map(this.chart.get("ConfigMap", service), "data")).as(service)
				.containsEntry("FOODMESH_SECURITY_ISSUER", "https://auth.foodmesh.dev")
				.containsEntry("FOODMESH_SECURITY_AUDIENCE", "foodmesh")
				.containsEntry("FOODMESH_SECURITY_JWKS", jwks);
		}
	}

	private Map<String, Object> edgeRule(String operation) {
		String service = operation.substring(0, operation.indexOf(' '));
		String methodAndPath = operation.substring(service.length() + 1);
		return Yamls.maps(this.chart.get("AuthorizationPolicy", service), "spec.rules")
			.stream()
			.filter((r) -> operations(r).contains(methodAndPath))
			.filter((r) -> Yamls.maps(r, "from")
				.stream()
				.anyMatch((f) -> Yamls.list(f, "source.principals").contains(GATEWAY)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no edge rule for " + operation));
	}

	@Test
	void shouldValidateTokensOnEveryServiceTheEdgeReaches() {
		assertThat(this.chart.ofKind("RequestAuthentication")).extracting((r) -> Yamls.str(r, "metadata.name"))
			.containsExactlyInAnyOrder("order-service", "restaurant-service", "delivery-service");
		assertThat(this.chart.ofKind("RequestAuthentication")).allSatisfy((r) -> {
			Map<String, Object> rule = Yamls.maps(r, "spec.jwtRules").get(0);
			assertThat(rule.get("issuer")).isEqualTo("https://auth.foodmesh.dev");
			assertThat(String.valueOf(rule.get("jwks"))).contains("\"kty\":\"RSA\"");
		});
		assertThat(RenderedChart.of("default").ofKind("RequestAuthentication")).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "POST, /orders, order-service", "GET, /orders, order-service", "GET, /orders/o-1, order-service",
			"GET, /orders/o-1/events, order-service", "POST, /orders/o-1/cancel, order-service",
			"GET, /restaurants, restaurant-service", "GET, /restaurants/r-1/menu, restaurant-service",
			"POST, /deliveries/d-1/pickup, delivery-service", "POST, /deliveries/d-1/complete, delivery-service",
			"GET, /deliveries, delivery-service", "GET, /couriers, delivery-service", "POST, /restaurants/r-1/quote, -",
			"POST, /restaurants, -", "GET, /users/u-1, -", "GET, /payments, -", "DELETE, /orders/o-1, -",
			"POST, /orders/o-1/events, -", "GET, /deliveries/d-1/pickup, -" })
	void shouldRouteOnlyEdgeRequestsThroughTheGateway(String method, String path, String expected) {
		Optional<Map<String, Object>> route = edgeRoutes().stream().filter((r) -> matches(r, method, path)).findFirst();

		assertThat(route.map((r) -> Yamls.str(Yamls.maps(r, "route").get(0), "destination.host").split("\\.")[0]))
			.isEqualTo("-".equals(expected) ? Optional.empty() : Optional.of(expected));
	}

	@Test
	void shouldKeepServerSentEventsOpenWithoutRetries() {
		Map<String, Object> events = edgeRoutes().stream()
			.filter((r) -> "order-service-order-events".equals(r.get("name")))
			.findFirst()
			.orElseThrow();

		// no timeout key: Istio refuses "0s" (durations must be >= 1ms), and a route
		// without one has none
		assertThat(events).doesNotContainKey("timeout");
		assertThat(Yamls.at(events, "retries.attempts")).isEqualTo(0);
	}

	@Test
	void shouldNeverRetryAPostOnServerErrorsAndKeepRetriesWithinTheRouteTimeout() {
		List<Map<String, Object>> routes = new ArrayList<>(edgeRoutes());
		this.chart.ofKind("VirtualService")
			.filter((vs) -> !Yamls.str(vs, "metadata.name").endsWith("-edge"))
			.forEach((vs) -> routes.addAll(Yamls.maps(vs, "spec.http")));

		assertThat(routes).hasSizeGreaterThan(EDGE_OPERATIONS.size());
		for (Map<String, Object> route : routes) {
			Map<String, Object> retries = Yamls.map(route, "retries");
			int attempts = ((Number) retries.get("attempts")).intValue();
			Set<String> methods = methods(route);
			if (methods.isEmpty() || methods.contains("POST")) {
				assertThat(String.valueOf(retries.get("retryOn")).split(",")).as("retryOn of %s", route.get("name"))
					.doesNotContain("5xx", "gateway-error", "reset", "retriable-status-codes", "retriable-4xx");
			}
			Duration timeout = route.containsKey("timeout") ? duration(String.valueOf(route.get("timeout")))
					: Duration.ZERO;
			if (attempts > 0) {
				assertThat(timeout).as("timeout of retried route %s", route.get("name")).isPositive();
				Duration perTry = duration(String.valueOf(retries.get("perTryTimeout")));
				assertThat(perTry.multipliedBy(attempts + 1)).as("retry budget of %s", route.get("name"))
					.isLessThanOrEqualTo(timeout);
			}
		}
	}

	@Test
	void shouldBoundConnectionsAndEjectFailingEndpointsForEveryService() {
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> rule = this.chart.get("DestinationRule", service);

			assertThat(Yamls.str(rule, "spec.host")).isEqualTo(service + ".foodmesh.svc.cluster.local");
			assertThat(Yamls.str(rule, "spec.trafficPolicy.tls.mode")).isEqualTo("ISTIO_MUTUAL");
			assertThat(Yamls.map(rule, "spec.trafficPolicy.connectionPool.tcp")).containsKeys("maxConnections",
					"connectTimeout");
			assertThat(Yamls.map(rule, "spec.trafficPolicy.connectionPool.http"))
				.containsKeys("http1MaxPendingRequests", "http2MaxRequests");
			assertThat(Yamls.map(rule, "spec.trafficPolicy.outlierDetection")).containsKeys("consecutive5xxErrors",
					"interval", "baseEjectionTime", "maxEjectionPercent");
		}
	}

	@Test
	void shouldTraceThroughTheJaegerProvider() {
		Map<String, Object> telemetry = this.chart.ofKind("Telemetry").findFirst().orElseThrow();

		assertThat(Yamls.str(Yamls.maps(telemetry, "spec.tracing").get(0), "providers")).contains("name=jaeger");
		assertThat(Yamls.at(telemetry, "spec.selector")).isNull();
	}

	@Test
	void shouldScopeEgressToWhatEachServiceUses() {
		String kafka = "./foodmesh-kafka.foodmesh.svc.cluster.local";
		String kafkaBrokers = "./foodmesh-kafka-headless.foodmesh.svc.cluster.local";
		String postgres = "./foodmesh-postgres.foodmesh.svc.cluster.local";
		for (String service : RenderedChart.SERVICES) {
			Map<String, Object> sidecar = this.chart.get("Sidecar", service);
			List<Object> hosts = Yamls.list(Yamls.maps(sidecar, "spec.egress").get(0), "hosts");

			assertThat(hosts).as(service).contains("istio-system/*", postgres);
			if (ServiceWiringTest.KAFKA_CLIENTS.contains(service)) {
				assertThat(hosts).as(service).contains(kafka, kafkaBrokers);
			}
			else {
				assertThat(hosts).as(service).noneMatch((h) -> String.valueOf(h).contains("kafka"));
			}
			assertThat(Yamls.str(sidecar, "spec.outboundTrafficPolicy.mode")).isEqualTo("REGISTRY_ONLY");
			if (service.equals("order-service")) {
				assertThat(hosts).contains("./user-service.foodmesh.svc.cluster.local",
						"./restaurant-service.foodmesh.svc.cluster.local");
			}
			else {
				assertThat(hosts).as(service).noneMatch((h) -> String.valueOf(h).contains("-service."));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "ha-demo", "default", "external", "gateway-api" })
	void shouldInjectNoSidecarIntoKafkaPostgresOrJobs(String valueSet) {
		RenderedChart rendered = RenderedChart.of(valueSet);
		rendered.podTemplates().forEach((id, pod) -> {
			String injected = String
				.valueOf(Yamls.map(pod, "metadata.labels").getOrDefault("sidecar.istio.io/inject", "default"));
			if (id.startsWith("Deployment/")) {
				assertThat(injected).as(id).isEqualTo("true");
			}
			else {
				assertThat(injected).as(id).isEqualTo("false");
			}
		});
	}

	@Test
	void shouldAdmitTheGatewayApiGatewayWhenItServesTheEdge() {
		RenderedChart gatewayApi = RenderedChart.of("gateway-api");
		Map<String, Object> gateway = gatewayApi.get("Gateway", "foodmesh-gateway");
		Map<String, Object> listener = Yamls.maps(gateway, "spec.listeners").get(0);

		assertThat(gateway.get("apiVersion")).isEqualTo("gateway.networking.k8s.io/v1");
		assertThat(Yamls.str(listener, "tls.mode")).isEqualTo("Terminate");
		assertThat(Yamls.str(Yamls.maps(listener, "tls.certificateRefs").get(0), "name")).isEqualTo("foodmesh-tls");
		assertThat(gatewayApi.ofKind("HTTPRoute")).hasSize(3);
		assertThat(gatewayApi.find("VirtualService", "foodmesh-edge")).isEmpty();
		Map<String, Object> gatewayPolicy = gatewayApi.get("AuthorizationPolicy", "foodmesh-gateway");
		assertThat(Yamls.map(gatewayPolicy, "spec.selector.matchLabels"))
			.containsExactly(Map.entry("gateway.networking.k8s.io/gateway-name", "foodmesh-gateway"));
		assertThat(Yamls.maps(gatewayPolicy, "spec.rules")).singleElement()
			.satisfies((r) -> assertThat(Yamls.list(Yamls.maps(r, "to").get(0), "operation.ports"))
				.containsExactly("443"));
		Set<String> principals = new TreeSet<>();
		gatewayApi.ofKind("AuthorizationPolicy")
			.filter((p) -> !Yamls.str(p, "metadata.name").equals("foodmesh-gateway"))
			.flatMap((p) -> Yamls.maps(p, "spec.rules").stream())
			.forEach((r) -> principals.addAll(Yamls.list(Yamls.maps(r, "from").get(0), "source.principals")
				.stream()
				.map(String::valueOf)
				.toList()));
		assertThat(principals).containsExactlyInAnyOrder("cluster.local/ns/foodmesh/sa/foodmesh-gateway-istio", ORDER);
	}

	@Test
	void shouldRenderNoMeshObjectsWhenTheMeshIsOff() {
		RenderedChart off = RenderedChart.of("mesh-off");

		off.podTemplates()
			.forEach((id, pod) -> assertThat(Yamls.map(pod, "metadata.labels")).as(id)
				.doesNotContainEntry("sidecar.istio.io/inject", "true"));
		assertThat(off.ofApiGroup("istio.io").toList()).isEmpty();
		assertThat(off.ofApiGroup("gateway.networking.k8s.io").toList()).isEmpty();
		assertThat(off.ofKind("Deployment")).hasSize(5);
	}

	private List<Map<String, Object>> edgeRoutes() {
		return Yamls.maps(this.chart.get("VirtualService", "foodmesh-edge"), "spec.http");
	}

	private Map<String, Set<String>> allowedOperationsByPrincipal() {
		Map<String, Set<String>> result = new TreeMap<>();
		for (Map<String, Object> policy : this.chart.ofKind("AuthorizationPolicy").toList()) {
			String target = String
				.valueOf(Yamls.map(policy, "spec.selector.matchLabels").get("app.kubernetes.io/name"));
			for (Map<String, Object> rule : Yamls.maps(policy, "spec.rules")) {
				for (Map<String, Object> from : Yamls.maps(rule, "from")) {
					for (Object principal : Yamls.list(from, "source.principals")) {
						for (String operation : operations(rule)) {
							result.computeIfAbsent(String.valueOf(principal), (k) -> new TreeSet<>())
								.add(target + " " + operation);
						}
					}
				}
			}
		}
		return result;
	}

	private List<Map<String, Object>> allowRules() {
		return allowRules(this.chart);
	}

	private static List<Map<String, Object>> allowRules(RenderedChart chart) {
		return chart.ofKind("AuthorizationPolicy").flatMap((p) -> Yamls.maps(p, "spec.rules").stream()).toList();
	}

	private static Set<String> operations(Map<String, Object> rule) {
		Set<String> operations = new TreeSet<>();
		for (Map<String, Object> to : Yamls.maps(rule, "to")) {
			for (Object method : Yamls.list(to, "operation.methods")) {
				for (Object path : Yamls.list(to, "operation.paths")) {
					operations.add(method + " " + path);
				}
			}
		}
		return operations;
	}

	private static Set<String> methods(Map<String, Object> route) {
		Set<String> methods = new TreeSet<>();
		Yamls.maps(route, "match").forEach((m) -> {
			if (Yamls.str(m, "method.exact") != null) {
				methods.add(Yamls.str(m, "method.exact"));
			}
		});
		return methods;
	}

	private static boolean matches(Map<String, Object> route, String method, String path) {
		return Yamls.maps(route, "match").stream().anyMatch((m) -> {
			boolean methodOk = Yamls.str(m, "method.exact") == null || method.equals(Yamls.str(m, "method.exact"));
			Map<String, Object> uri = Yamls.map(m, "uri");
			boolean pathOk = uri.isEmpty() || (uri.containsKey("exact") && path.equals(uri.get("exact")))
					|| (uri.containsKey("prefix") && path.startsWith(String.valueOf(uri.get("prefix"))))
					|| (uri.containsKey("regex") && Pattern.matches(String.valueOf(uri.get("regex")), path));
			return methodOk && pathOk;
		});
	}

	static Duration duration(String value) {
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		if (value.endsWith("s")) {
			return Duration.ofMillis((long) (Double.parseDouble(value.substring(0, value.length() - 1)) * 1000));
		}
		if (value.endsWith("m")) {
			return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
		}
		throw new IllegalArgumentException("unsupported duration " + value);
	}

}

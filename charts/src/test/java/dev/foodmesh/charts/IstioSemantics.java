package dev.foodmesh.charts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Istio's own validation rules (istiod's {@code validation.istio.io} webhook,
 * {@code pkg/config/validation}) for the fields the chart renders, which the CRDs'
 * OpenAPI schemas do not carry. A violation here is a {@code helm upgrade --install} that
 * the webhook would deny, or a ServiceEntry Envoy would route wrongly.
 */
final class IstioSemantics {

	/**
	 * Duration fields of VirtualService and DestinationRule (keys whose values are
	 * google.protobuf.Duration).
	 */
	static final Set<String> DURATION_KEYS = Set.of("timeout", "perTryTimeout", "connectTimeout", "idleTimeout",
			"interval", "baseEjectionTime", "time", "maxConnectionDuration", "tcpKeepalive.time");

	/** Envoy's retry conditions Istio accepts in retryOn, besides HTTP status codes. */
	static final Set<String> RETRY_ON = Set.of("5xx", "gateway-error", "reset", "reset-before-request",
			"connect-failure", "envoy-ratelimited", "retriable-4xx", "refused-stream", "retriable-status-codes",
			"retriable-headers", "http3-post-connect-failure", "cancelled", "deadline-exceeded", "internal",
			"resource-exhausted", "unavailable");

	private static final Pattern GO_DURATION = Pattern.compile("((\\d+(\\.\\d+)?)(h|m|s|ms|us|µs|ns))+");

	private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(h|ms|m|s|us|µs|ns)");

	private static final Pattern IP = Pattern
		.compile("^(\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:]*:[0-9a-fA-F:]*)(/\\d+)?$");

	private IstioSemantics() {
	}

	/**
	 * Every rule broken by the Istio objects among {@code objects}, each naming kind/name
	 * and the field.
	 */
	static List<String> violations(List<Map<String, Object>> objects) {
		List<String> errors = new ArrayList<>();
		for (Map<String, Object> object : objects) {
			String apiVersion = String.valueOf(object.get("apiVersion"));
			if (!apiVersion.contains("istio.io/")) {
				continue;
			}
			String id = object.get("kind") + "/" + Yamls.str(object, "metadata.name");
			durations(Yamls.map(object, "spec"), id + ".spec", errors);
			switch (String.valueOf(object.get("kind"))) {
				case "VirtualService" -> Yamls.maps(object, "spec.http")
					.forEach((route) -> retries(route, id + " route " + route.get("name"), errors));
				case "ServiceEntry" -> serviceEntry(Yamls.map(object, "spec"), id, errors);
				case "AuthorizationPolicy" -> authorizationPaths(object, id, errors);
				default -> {
				}
			}
		}
		return errors;
	}

	/**
	 * Parses a Go/protobuf duration ("1.5s", "2500ms", "1h30m"); null when it is not one.
	 */
	static Duration parse(String value) {
		if (value == null || !GO_DURATION.matcher(value).matches()) {
			return null;
		}
		Matcher part = PART.matcher(value);
		double nanos = 0;
		while (part.find()) {
			double number = Double.parseDouble(part.group(1));
			nanos += number * switch (part.group(2)) {
				case "h" -> 3_600e9;
				case "m" -> 60e9;
				case "s" -> 1e9;
				case "ms" -> 1e6;
				case "us", "µs" -> 1e3;
				default -> 1;
			};
		}
		return Duration.ofNanos(Math.round(nanos));
	}

	private static void durations(Object node, String path, List<String> errors) {
		if (node instanceof Map<?, ?> map) {
			map.forEach((key, value) -> {
				String child = path + "." + key;
				if (DURATION_KEYS.contains(String.valueOf(key)) && !(value instanceof Map<?, ?>)) {
					duration(String.valueOf(value), child, errors);
				}
				else {
					durations(value, child, errors);
				}
			});
		}
		else if (node instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				durations(list.get(i), path + "[" + i + "]", errors);
			}
		}
	}

	/** istio {@code agent.ValidateDuration}: at least 1 ms, and whole milliseconds. */
	private static void duration(String value, String path, List<String> errors) {
		Duration duration = parse(value);
		if (duration == null) {
			errors.add(path + ": \"" + value + "\" is not a duration");
		}
		else if (duration.compareTo(Duration.ofMillis(1)) < 0) {
			errors.add(path + ": \"" + value + "\": duration must be greater than 1ms");
		}
		else if (duration.getNano() % 1_000_000 != 0) {
			errors.add(path + ": \"" + value + "\": only durations to ms precision are supported");
		}
	}

	/**
	 * istio {@code validateHTTPRetry}, plus the budget the chart promises: (attempts + 1)
	 * x perTry <= timeout.
	 */
	private static void retries(Map<String, Object> route, String id, List<String> errors) {
		Map<String, Object> retries = Yamls.map(route, "retries");
		if (retries.isEmpty()) {
			return;
		}
		int attempts = (retries.get("attempts") instanceof Number n) ? n.intValue() : 0;
		if (attempts < 0) {
			errors.add(id + ": attempts cannot be negative");
		}
		if (attempts == 0 && (retries.containsKey("perTryTimeout") || retries.containsKey("retryOn")
				|| retries.containsKey("retryRemoteLocalities"))) {
			errors.add(id + ": http retry policy configured when attempts are set to 0 (disabled)");
		}
		if (retries.get("retryOn") != null) {
			for (String token : String.valueOf(retries.get("retryOn")).split(",")) {
				String trimmed = token.trim();
				if (!RETRY_ON.contains(trimmed) && !trimmed.matches("\\d{3}")) {
					errors.add(id + ": " + trimmed + " is not a valid retryOn value");
				}
			}
		}
		Duration perTry = parse(String.valueOf(retries.get("perTryTimeout")));
		Duration timeout = parse(String.valueOf(route.get("timeout")));
		if (attempts > 0 && perTry != null && timeout != null
				&& perTry.multipliedBy(attempts + 1L).compareTo(timeout) > 0) {
			errors.add(id + ": (attempts + 1) x perTryTimeout exceeds the route timeout " + timeout);
		}
	}

	/**
	 * istio {@code validateServiceEntry}, and Envoy's one-listener-per-port for TCP
	 * without addresses.
	 */
	private static void serviceEntry(Map<String, Object> spec, String id, List<String> errors) {
		List<Object> hosts = Yamls.list(spec, "hosts");
		List<Object> addresses = Yamls.list(spec, "addresses");
		String resolution = String.valueOf(spec.getOrDefault("resolution", "NONE"));
		if (hosts.isEmpty()) {
			errors.add(id + ": service entry must have at least one host");
		}
		for (Object host : hosts) {
			String h = String.valueOf(host);
			if (IP.matcher(h).matches()) {
				errors.add(id + ": host " + h + " is an IP address; hosts are DNS names (put the IP in addresses)");
			}
			if (h.startsWith("*") && resolution.startsWith("DNS")) {
				errors.add(id + ": wildcard host " + h + " cannot have DNS resolution");
			}
		}
		for (Object address : addresses) {
			if (!IP.matcher(String.valueOf(address)).matches()) {
				errors.add(id + ": address " + address + " is not an IP or CIDR");
			}
		}
		if ("STATIC".equals(resolution) && Yamls.list(spec, "endpoints").isEmpty()
				&& spec.get("workloadSelector") == null) {
			errors.add(id + ": endpoints must be provided for STATIC resolution");
		}
		if ("DNS_ROUND_ROBIN".equals(resolution) && hosts.size() > 1) {
			errors.add(id + ": DNS_ROUND_ROBIN takes exactly one host");
		}
		Set<Object> numbers = new HashSet<>();
		Set<Object> names = new HashSet<>();
		boolean tcp = false;
		for (Map<String, Object> port : Yamls.maps(spec, "ports")) {
			if (!numbers.add(port.get("number"))) {
				errors.add(id + ": port number " + port.get("number") + " is not unique");
			}
			if (!names.add(port.get("name"))) {
				errors.add(id + ": port name " + port.get("name") + " is not unique");
			}
			int number = ((Number) port.get("number")).intValue();
			if (number < 1 || number > 65535) {
				errors.add(id + ": port number " + number + " is out of range");
			}
			String protocol = String.valueOf(port.getOrDefault("protocol", "TCP")).toUpperCase();
			tcp |= protocol.equals("TCP") || protocol.equals("MONGO") || protocol.equals("MYSQL")
					|| protocol.equals("TLS");
		}
		if (tcp && addresses.isEmpty() && resolution.startsWith("DNS") && hosts.size() > 1) {
			errors.add(id + ": " + hosts.size() + " hosts share TCP ports " + numbers + " without addresses and with "
					+ resolution + " resolution: Envoy builds one 0.0.0.0 listener per port bound to one host, so "
					+ "connections to the others reach the wrong one (use resolution NONE, or one address each)");
		}
	}

	/**
	 * istio {@code validateAuthorizationPolicy} paths: "/"-rooted, "*" only as prefix,
	 * suffix or {*}/{**}.
	 */
	private static void authorizationPaths(Map<String, Object> policy, String id, List<String> errors) {
		for (Map<String, Object> rule : Yamls.maps(policy, "spec.rules")) {
			for (Map<String, Object> to : Yamls.maps(rule, "to")) {
				for (Object p : Yamls.list(to, "operation.paths")) {
					String path = String.valueOf(p);
					String stripped = path.replace("{**}", "").replace("{*}", "");
					boolean template = !stripped.equals(path);
					if (!path.equals("*") && !path.startsWith("/") && !path.startsWith("*")) {
						errors.add(id + ": path " + path + " must start with /");
					}
					if (template && stripped.contains("*")) {
						errors.add(id + ": path " + path + " mixes a template with *");
					}
					if (path.contains("{**}") && !path.endsWith("{**}")) {
						errors.add(id + ": path " + path + ": {**} must be the last segment");
					}
					String inner = stripped.length() > 2 ? stripped.substring(1, stripped.length() - 1) : "";
					if (!template && inner.contains("*")) {
						errors.add(id + ": path " + path + ": * only as prefix or suffix");
					}
				}
			}
		}
	}

}

package dev.foodmesh.order.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;

/**
 * user-service and restaurant-service as order-service sees them, on one MockWebServer,
 * with the demo data of docs/demo-data.md. They are other services, not infrastructure:
 * the e2e suite runs the real ones.
 */
final class DependencyStubs extends Dispatcher {

	static final String MALLORY_SUSPENDED = "11111111-1111-4111-8111-111111111119";

	static final String UNKNOWN_USER = "99999999-9999-4999-8999-999999999999";

	static final String PIZZERIA_ROMA = "22222222-2222-4222-8222-222222222221";

	static final String CLOSED_KITCHEN = "22222222-2222-4222-8222-222222222224";

	/** Refuses every quote with a cause order-service does not know (a newer version). */
	static final String NEWER_KITCHEN = "22222222-2222-4222-8222-2222222222f0";

	static final String MARGHERITA = "33333333-3333-4333-8333-333333333311";

	static final String DIAVOLA = "33333333-3333-4333-8333-333333333312";

	static final String TIRAMISU_UNAVAILABLE = "33333333-3333-4333-8333-333333333313";

	enum Mode {

		/** Answer as the real services would. */
		UP,
		/** Answer 503 to everything. */
		DOWN,
		/** Answer after the lookups' response timeout. */
		SLOW

	}

	/**
	 * Every user is active (tests use fresh ids to keep their orders apart) but these
	 * two.
	 */
	private static final Map<String, String> USERS = Map.of(MALLORY_SUSPENDED, "SUSPENDED", UNKNOWN_USER, "");

	private static final Map<String, Long> PRICES = Map.of(MARGHERITA, 950L, DIAVOLA, 1150L);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MockWebServer server = new MockWebServer();

	private volatile Mode mode = Mode.UP;

	private final Map<String, String> lastAuthorization = new ConcurrentHashMap<>();

	DependencyStubs() {
		this.server.setDispatcher(this);
		try {
			this.server.start(0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The {@code Authorization} header of the latest request whose path starts with
	 * {@code prefix} ({@code /users/}, {@code /restaurants/}), to prove that
	 * order-service relays the caller's token.
	 */
	@Nullable String lastAuthorization(String prefix) {
		return this.lastAuthorization.get(prefix);
	}

	String url() {
		return this.server.url("/").toString();
	}

	void mode(Mode mode) {
		this.mode = mode;
	}

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
		this.lastAuthorization.put(path.substring(0, path.indexOf('/', 1) + 1),
				(authorization != null) ? authorization : "none");
		if (this.mode == Mode.DOWN) {
			return json(503, "{\"status\":503}");
		}
		MockResponse response = path.startsWith("/users/") ? user(path.substring("/users/".length()))
				: quote(path.split("/")[2], request.getBody().utf8());
		return (this.mode == Mode.SLOW) ? response.newBuilder().headersDelay(5, TimeUnit.SECONDS).build() : response;
	}

	private static MockResponse user(String id) {
		String status = USERS.getOrDefault(id, "ACTIVE");
		return status.isEmpty() ? json(404, problem("user-not-found", null)) : json(200,
				"{\"id\":\"%s\",\"name\":\"n\",\"email\":\"e@example.com\",\"status\":\"%s\"}".formatted(id, status));
	}

	private static MockResponse quote(String restaurantId, String body) {
		if (CLOSED_KITCHEN.equals(restaurantId)) {
			return json(422, refusal("restaurant-closed", "RESTAURANT_CLOSED", null));
		}
		if (NEWER_KITCHEN.equals(restaurantId)) {
			return json(422, refusal("kitchen-on-fire", "KITCHEN_ON_FIRE", null));
		}
		if (!PIZZERIA_ROMA.equals(restaurantId)) {
			return json(404, problem("restaurant-not-found", null));
		}
		List<String> lines = new ArrayList<>();
		long total = 0;
		for (JsonNode item : JSON.readTree(body).get("items")) {
			String id = item.get("menuItemId").asString();
			if (!PRICES.containsKey(id)) {
				return json(422,
						TIRAMISU_UNAVAILABLE.equals(id) ? refusal("menu-item-unavailable", "MENU_ITEM_UNAVAILABLE", id)
								: refusal("unknown-menu-item", "UNKNOWN_MENU_ITEM", id));
			}
			int quantity = item.get("quantity").asInt();
			lines.add(line(id, quantity));
			total += PRICES.get(id) * quantity;
		}
		return json(200, "{\"restaurantId\":\"%s\",\"restaurantCity\":\"Berlin\",\"lines\":[%s],\"total\":%s}"
			.formatted(restaurantId, String.join(",", lines), money(total)));
	}

	private static String line(String id, int quantity) {
		long price = PRICES.get(id);
		return "{\"menuItemId\":\"%s\",\"name\":\"Pizza %s\",\"quantity\":%d,\"unitPrice\":%s,\"lineTotal\":%s}"
			.formatted(id, id.substring(34), quantity, money(price), money(price * quantity));
	}

	private static String money(long amount) {
		return "{\"amount\":%d,\"currency\":\"EUR\"}".formatted(amount);
	}

	/** restaurant-service's 422 to a quote: its {@code cause} member says why. */
	private static String refusal(String slug, String cause, @Nullable String menuItemId) {
		String problem = problem(slug, menuItemId);
		return problem.substring(0, problem.length() - 1) + ",\"cause\":\"" + cause + "\"}";
	}

	private static String problem(String slug, @Nullable String menuItemId) {
		String item = (menuItemId != null) ? ",\"menuItemId\":\"" + menuItemId + "\"" : "";
		return "{\"type\":\"https://foodmesh.dev/problems/%s\",\"title\":\"t\",\"detail\":\"d\"%s}".formatted(slug,
				item);
	}

	private static MockResponse json(int code, String body) {
		return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
	}

}

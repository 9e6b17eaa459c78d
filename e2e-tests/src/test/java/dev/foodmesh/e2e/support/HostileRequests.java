package dev.foodmesh.e2e.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import dev.foodmesh.infra.FoodMeshService;

import static dev.foodmesh.e2e.support.DemoData.ALICE;
import static dev.foodmesh.e2e.support.DemoData.BREZEL;
import static dev.foodmesh.e2e.support.DemoData.BREZELHAUS_MUNICH;
import static dev.foodmesh.e2e.support.DemoData.CAROL;
import static dev.foodmesh.e2e.support.DemoData.CLOSED_KITCHEN_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.COURIER_ADA_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.DIAVOLA;
import static dev.foodmesh.e2e.support.DemoData.MALLORY_SUSPENDED;
import static dev.foodmesh.e2e.support.DemoData.MARGHERITA;
import static dev.foodmesh.e2e.support.DemoData.PIZZERIA_ROMA_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.SALMON_NIGIRI;
import static dev.foodmesh.e2e.support.DemoData.SOUP_OF_CLOSED_KITCHEN;
import static dev.foodmesh.e2e.support.DemoData.TIRAMISU_UNAVAILABLE;
import static dev.foodmesh.infra.FoodMeshService.DELIVERY;
import static dev.foodmesh.infra.FoodMeshService.ORDER;
import static dev.foodmesh.infra.FoodMeshService.PAYMENT;
import static dev.foodmesh.infra.FoodMeshService.RESTAURANT;
import static dev.foodmesh.infra.FoodMeshService.USER;

/**
 * A seeded generator of hostile HTTP input for every public endpoint of the five
 * services: the same seed gives the same requests in the same order. Each request carries
 * one defect that the service must refuse (a bad path id, a bad query parameter, a
 * spoiled body field, a body that is not JSON, a wrong media type, a bad header, or an
 * order that names what does not exist), so none of them may write anything; noise that
 * must change nothing rides along (garbage {@code Authorization}, {@code traceparent} and
 * other headers, unicode text in the valid fields).
 */
public final class HostileRequests {

	private static final String JSON = "application/json";

	private static final String ACCEPT_JSON = "application/json, application/problem+json";

	/**
	 * Stands in a serialised body for the spoiled value, which is written as raw JSON
	 * text.
	 */
	private static final String RAW = "@@spoiled@@";

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	private static final Set<String> PATH_NAMES = Set.of("UUID", "path");

	private static final Set<String> BODY_NAMES = Set.of("JSON", "body");

	private static final Set<String> MEDIA_NAMES = Set.of("Content-Type", "media type");

	private static final List<String> EXOTIC = List.of("Zoë Brontë", "東京 Sushi", "🍕 Pizza 🍕", "مطعم الشام",
			"e\u0301clair", "Ω\u200bΩ", "Straße 1", "Ærø", "d'Artagnan \"le\" chef", "<script>x</script>",
			"'; drop table users; --");

	private static final Endpoint PLACE_ORDER = new Endpoint(ORDER, "POST", "/orders");

	private static final Endpoint GET_ORDER = new Endpoint(ORDER, "GET", "/orders/{id}");

	private static final Endpoint CANCEL_ORDER = new Endpoint(ORDER, "POST", "/orders/{id}/cancel");

	private static final Endpoint ORDER_EVENTS = new Endpoint(ORDER, "GET", "/orders/{id}/events");

	private static final Endpoint LIST_ORDERS = new Endpoint(ORDER, "GET", "/orders");

	private static final Endpoint LIST_USERS = new Endpoint(USER, "GET", "/users");

	private static final Endpoint GET_USER = new Endpoint(USER, "GET", "/users/{id}");

	private static final Endpoint REGISTER_USER = new Endpoint(USER, "POST", "/users");

	private static final Endpoint CHANGE_USER = new Endpoint(USER, "PATCH", "/users/{id}");

	private static final Endpoint LIST_RESTAURANTS = new Endpoint(RESTAURANT, "GET", "/restaurants");

	private static final Endpoint GET_RESTAURANT = new Endpoint(RESTAURANT, "GET", "/restaurants/{id}");

	private static final Endpoint REGISTER_RESTAURANT = new Endpoint(RESTAURANT, "POST", "/restaurants");

	private static final Endpoint CHANGE_RESTAURANT = new Endpoint(RESTAURANT, "PATCH", "/restaurants/{id}");

	private static final Endpoint GET_MENU = new Endpoint(RESTAURANT, "GET", "/restaurants/{id}/menu");

	private static final Endpoint GET_MENU_ITEM = new Endpoint(RESTAURANT, "GET", "/restaurants/{id}/menu/{itemId}");

	private static final Endpoint ADD_MENU_ITEM = new Endpoint(RESTAURANT, "POST", "/restaurants/{id}/menu");

	private static final Endpoint CHANGE_MENU_ITEM = new Endpoint(RESTAURANT, "PATCH",
			"/restaurants/{id}/menu/{itemId}");

	private static final Endpoint QUOTE = new Endpoint(RESTAURANT, "POST", "/restaurants/{id}/quote");

	private static final Endpoint LIST_DELIVERIES = new Endpoint(DELIVERY, "GET", "/deliveries");

	private static final Endpoint GET_DELIVERY = new Endpoint(DELIVERY, "GET", "/deliveries/{id}");

	private static final Endpoint PICK_UP = new Endpoint(DELIVERY, "POST", "/deliveries/{id}/pickup");

	private static final Endpoint COMPLETE = new Endpoint(DELIVERY, "POST", "/deliveries/{id}/complete");

	private static final Endpoint LIST_COURIERS = new Endpoint(DELIVERY, "GET", "/couriers");

	private static final Endpoint GET_COURIER = new Endpoint(DELIVERY, "GET", "/couriers/{id}");

	private static final Endpoint ONBOARD_COURIER = new Endpoint(DELIVERY, "POST", "/couriers");

	private static final Endpoint LIST_PAYMENTS = new Endpoint(PAYMENT, "GET", "/payments");

	private static final Endpoint GET_PAYMENT = new Endpoint(PAYMENT, "GET", "/payments/{id}");

	private static final List<Field> PLACEMENT_FIELDS = List.of(new Field("userId", Kind.ID, 36),
			new Field("restaurantId", Kind.ID, 36), new Field("items", Kind.ITEMS, 50),
			new Field("items[0].menuItemId", Kind.ID, 36), new Field("items[0].quantity", Kind.QUANTITY, 50),
			new Field("deliveryAddress.street", Kind.TEXT, 200), new Field("deliveryAddress.city", Kind.TEXT, 100),
			new Field("deliveryAddress.postalCode", Kind.TEXT, 20), new Field("paymentToken", Kind.TEXT, 64));

	private static final List<Field> NEW_USER_FIELDS = List.of(new Field("name", Kind.TEXT, 100),
			new Field("email", Kind.EMAIL, 254));

	private static final List<Field> USER_CHANGE_FIELDS = List.of(new Field("status", Kind.STATUS, 0),
			new Field("name", Kind.NEW_NAME, 100));

	private static final List<Field> NEW_RESTAURANT_FIELDS = List.of(new Field("name", Kind.TEXT, 100),
			new Field("city", Kind.TEXT, 100), new Field("currency", Kind.CURRENCY, 3),
			new Field("open", Kind.FLAG, 0));

	private static final List<Field> RESTAURANT_CHANGE_FIELDS = List.of(new Field("name", Kind.NEW_NAME, 100),
			new Field("open", Kind.FLAG, 0));

	private static final List<Field> NEW_MENU_ITEM_FIELDS = List.of(new Field("name", Kind.TEXT, 100),
			new Field("description", Kind.NOTE, 500), new Field("price.amount", Kind.AMOUNT, 10_000_000),
			new Field("price.currency", Kind.CURRENCY, 3), new Field("available", Kind.FLAG, 0));

	private static final List<Field> MENU_ITEM_CHANGE_FIELDS = List.of(
			new Field("price.amount", Kind.AMOUNT, 10_000_000), new Field("price.currency", Kind.CURRENCY, 3),
			new Field("available", Kind.FLAG, 0));

	private static final List<Field> QUOTE_FIELDS = List.of(new Field("items", Kind.ITEMS, 50),
			new Field("items[0].menuItemId", Kind.ID, 36), new Field("items[0].quantity", Kind.QUANTITY, 50));

	private static final List<Field> COURIER_FIELDS = List.of(new Field("name", Kind.PRINTABLE_TEXT, 100),
			new Field("city", Kind.PRINTABLE_TEXT, 100));

	private final SplittableRandom random;

	private final String keyPrefix;

	private int keys;

	public HostileRequests(long seed) {
		this.random = new SplittableRandom(seed);
		this.keyPrefix = "hostile-" + seed + "-";
	}

	/**
	 * Every {@code Idempotency-Key} this generator sends on {@code POST /orders} starts
	 * with it.
	 */
	public String idempotencyKeyPrefix() {
		return this.keyPrefix;
	}

	/**
	 * The requests of one run, {@code volume} of them per service, in the map's order.
	 */
	public List<HostileRequest> generate(Map<FoodMeshService, Integer> volume) {
		List<HostileRequest> requests = new ArrayList<>();
		volume.forEach((service, count) -> {
			for (int i = 0; i < count; i++) {
				requests.add(next(service));
			}
		});
		return requests;
	}

	private HostileRequest next(FoodMeshService service) {
		return switch (service) {
			case ORDER -> order();
			case USER -> user();
			case RESTAURANT -> restaurant();
			case DELIVERY -> delivery();
			case PAYMENT -> payment();
		};
	}

	private HostileRequest order() {
		int shape = this.random.nextInt(100);
		Map<String, UUID> ids = Map.of("id", someId());
		if (shape < 40) {
			return body(PLACE_ORDER, ids, placement(), PLACEMENT_FIELDS, idempotencyKey());
		}
		if (shape < 46) {
			return contentType(PLACE_ORDER, ids, placement(), idempotencyKey());
		}
		if (shape < 54) {
			return badIdempotencyKey();
		}
		if (shape < 64) {
			return unknownToTheSaga();
		}
		if (shape < 72) {
			return pathId(GET_ORDER, ids, null, true);
		}
		if (shape < 80) {
			return pathId(CANCEL_ORDER, ids, null, true);
		}
		if (shape < 86) {
			// an unknown order's stream is a 200 that fails later: only ids that cannot
			// be parsed here
			return pathId(ORDER_EVENTS, ids, null, false);
		}
		return switch (this.random.nextInt(4)) {
			case 0 -> query(LIST_ORDERS, "userId=" + ALICE, "status", pick("EATEN", "%00", "1", "PAID%20X", "paid_"));
			case 1 -> query(LIST_ORDERS, "", "userId", badUuidParameter());
			default -> paging(LIST_ORDERS, "userId=" + ALICE);
		};
	}

	private HostileRequest user() {
		int shape = this.random.nextInt(100);
		Map<String, UUID> carol = Map.of("id", CAROL);
		if (shape < 12) {
			return paging(LIST_USERS, "");
		}
		if (shape < 24) {
			return pathId(GET_USER, carol, null, true);
		}
		if (shape < 36) {
			return pathId(CHANGE_USER, carol, Json.object().put("status", "ACTIVE"), true);
		}
		if (shape < 62) {
			return body(REGISTER_USER, carol, newUser(), NEW_USER_FIELDS, Map.of());
		}
		if (shape < 86) {
			return body(CHANGE_USER, carol, userChange(), USER_CHANGE_FIELDS, Map.of());
		}
		if (shape < 95) {
			return (this.random.nextBoolean()) ? contentType(REGISTER_USER, carol, newUser(), Map.of())
					: contentType(CHANGE_USER, carol, userChange(), Map.of());
		}
		return accept(GET_USER, carol);
	}

	private HostileRequest restaurant() {
		int shape = this.random.nextInt(100);
		Map<String, UUID> brezel = Map.of("id", BREZELHAUS_MUNICH, "itemId", BREZEL);
		Map<String, UUID> roma = Map.of("id", PIZZERIA_ROMA_BERLIN, "itemId", MARGHERITA);
		if (shape < 8) {
			return (this.random.nextBoolean()) ? paging(LIST_RESTAURANTS, "city=Berlin")
					: query(LIST_RESTAURANTS, "", "city", badCity());
		}
		if (shape < 30) {
			Endpoint endpoint = pick(GET_RESTAURANT, GET_MENU, GET_MENU_ITEM, CHANGE_RESTAURANT, ADD_MENU_ITEM,
					CHANGE_MENU_ITEM, QUOTE);
			ObjectNode body = switch (endpoint.path()) {
				case "/restaurants/{id}" -> endpoint.method().equals("PATCH") ? restaurantChange() : null;
				case "/restaurants/{id}/menu" -> endpoint.method().equals("POST") ? newMenuItem() : null;
				case "/restaurants/{id}/menu/{itemId}" -> endpoint.method().equals("PATCH") ? menuItemChange() : null;
				case "/restaurants/{id}/quote" -> quote();
				default -> null;
			};
			return pathId(endpoint, brezel, body, true);
		}
		if (shape < 42) {
			return body(REGISTER_RESTAURANT, brezel, newRestaurant(), NEW_RESTAURANT_FIELDS, Map.of());
		}
		if (shape < 52) {
			return body(CHANGE_RESTAURANT, brezel, restaurantChange(), RESTAURANT_CHANGE_FIELDS, Map.of());
		}
		if (shape < 66) {
			return body(ADD_MENU_ITEM, brezel, newMenuItem(), NEW_MENU_ITEM_FIELDS, Map.of());
		}
		if (shape < 78) {
			return body(CHANGE_MENU_ITEM, brezel, menuItemChange(), MENU_ITEM_CHANGE_FIELDS, Map.of());
		}
		if (shape < 92) {
			return body(QUOTE, roma, quote(), QUOTE_FIELDS, Map.of());
		}
		if (shape < 97) {
			// refused for its media type before it is read, so one body serves all three
			return contentType(pick(REGISTER_RESTAURANT, ADD_MENU_ITEM, QUOTE), roma, quote(), Map.of());
		}
		return accept(pick(GET_RESTAURANT, GET_MENU), roma);
	}

	private HostileRequest delivery() {
		int shape = this.random.nextInt(100);
		Map<String, UUID> ids = Map.of("id", COURIER_ADA_BERLIN);
		if (shape < 12) {
			return (this.random.nextBoolean()) ? paging(LIST_DELIVERIES, "")
					: query(LIST_DELIVERIES, "", "orderId", badUuidParameter());
		}
		if (shape < 45) {
			return pathId(pick(GET_DELIVERY, PICK_UP, COMPLETE), ids, null, true);
		}
		if (shape < 57) {
			return (this.random.nextBoolean()) ? paging(LIST_COURIERS, "city=Berlin")
					: query(LIST_COURIERS, "", "city", badCity());
		}
		if (shape < 67) {
			return pathId(GET_COURIER, ids, null, true);
		}
		if (shape < 92) {
			return body(ONBOARD_COURIER, ids, courier(), COURIER_FIELDS, Map.of());
		}
		if (shape < 97) {
			return contentType(ONBOARD_COURIER, ids, courier(), Map.of());
		}
		return accept(GET_COURIER, ids);
	}

	private HostileRequest payment() {
		if (this.random.nextInt(3) == 0) {
			return pathId(GET_PAYMENT, Map.of("id", ALICE), null, true);
		}
		return (this.random.nextInt(8) == 0)
				? request(LIST_PAYMENTS, "/payments", "orderId: missing", Map.of(), new byte[0], Set.of("orderId"))
				: query(LIST_PAYMENTS, "", "orderId", badUuidParameter());
	}

	// --- request shapes

	/**
	 * One path variable replaced by something that is not an id (or, if allowed, by an id
	 * nobody has).
	 */
	private HostileRequest pathId(Endpoint endpoint, Map<String, UUID> ids, ObjectNode body,
			boolean unknownIsNotFound) {
		List<String> variables = new ArrayList<>();
		Matcher matcher = VARIABLE.matcher(endpoint.path());
		while (matcher.find()) {
			variables.add(matcher.group(1));
		}
		String spoiled = variables.get(this.random.nextInt(variables.size()));
		Bad bad = (unknownIsNotFound && this.random.nextInt(6) == 0) ? new Bad("unknown id", someId().toString())
				: badId();
		String path = endpoint.path();
		for (String variable : variables) {
			path = path.replace("{" + variable + "}",
					variable.equals(spoiled) ? bad.value() : ids.get(variable).toString());
		}
		Map<String, String> headers = new LinkedHashMap<>();
		if (endpoint == ORDER_EVENTS) {
			headers.put("Accept", "text/event-stream");
		}
		byte[] bytes = new byte[0];
		if (body != null) {
			headers.put("Content-Type", JSON);
			bytes = utf8(Json.write(body));
		}
		Set<String> names = bad.label().equals("unknown id") ? Set.of("not-found") : PATH_NAMES;
		return request(endpoint, path, spoiled + ": " + bad.label(), headers, bytes, names);
	}

	private Bad badId() {
		return switch (this.random.nextInt(16)) {
			case 0 -> new Bad("blank", "%20");
			case 1 -> new Bad("blanks", "%20%20%20");
			case 2 -> new Bad("tab", "%09");
			case 3 -> new Bad("NUL", "%00");
			case 4 -> new Bad("NUL inside", "ab%00cd");
			case 5 -> new Bad("not a UUID", "not-a-uuid");
			case 6 -> new Bad("number", Integer.toString(this.random.nextInt(1000)));
			case 7 -> new Bad("negative number", "-1");
			case 8 -> new Bad("huge number", "9".repeat(30));
			case 9 -> new Bad("unicode", "%C3%A9t%C3%A9");
			case 10 -> new Bad("zero-width space", "%E2%80%8B");
			case 11 -> new Bad("emoji", "%F0%9F%8D%95");
			case 12 -> new Bad("invalid UTF-8", "%FF%FE");
			case 13 -> new Bad("encoded slash", "%2F");
			case 14 -> new Bad("UUID with a tail", someId() + "0");
			default -> new Bad("overlong", "a".repeat(300 + this.random.nextInt(1200)));
		};
	}

	/**
	 * The valid query, plus one parameter with a bad value; the problem must name the
	 * parameter.
	 */
	private HostileRequest query(Endpoint endpoint, String validQuery, String parameter, String badValue) {
		String query = (validQuery.isEmpty() ? "" : validQuery + "&") + parameter + "=" + badValue;
		return request(endpoint, endpoint.path() + "?" + query, parameter + "=" + abbreviated(badValue), Map.of(),
				new byte[0], Set.of(parameter));
	}

	private HostileRequest paging(Endpoint endpoint, String validQuery) {
		if (this.random.nextBoolean()) {
			return query(endpoint, validQuery, "page", pick("-1", "-2147483649", "abc", "1.5", "99999999999999999999",
					"0x10", "1e3", "%C3%A9", "%00", "10000", "%F0%9F%8D%95"));
		}
		return query(endpoint, validQuery, "size",
				pick("0", "-5", "101", "1000000", "abc", "2.5", "%00", "99999999999999999999", "%E2%80%8B"));
	}

	private String badUuidParameter() {
		return pick("abc", "42", "%00", "%C3%A9%C3%A9", "not-a-uuid", someId() + "1", "%F0%9F%8D%95");
	}

	private String badCity() {
		return (this.random.nextInt(4) == 0) ? pick("Ber%00lin", "%00")
				: pick("x", "%C3%A9", "%E6%9D%B1").repeat(101 + this.random.nextInt(300));
	}

	/**
	 * A valid body with one field spoiled, or (one time in four) a body that is not the
	 * JSON it should be.
	 */
	private HostileRequest body(Endpoint endpoint, Map<String, UUID> ids, ObjectNode valid, List<Field> fields,
			Map<String, String> extraHeaders) {
		Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
		headers.put("Content-Type", JSON);
		String path = withIds(endpoint.path(), ids);
		if (this.random.nextInt(4) == 0) {
			return notJson(endpoint, path, Json.write(valid), headers);
		}
		Field field = fields.get(this.random.nextInt(fields.size()));
		Spoil spoil = spoil(field);
		ObjectNode holder = valid;
		String[] steps = field.path().split("\\.");
		for (int i = 0; i < steps.length - 1; i++) {
			holder = (ObjectNode) step(holder, steps[i]);
		}
		String last = steps[steps.length - 1];
		if (spoil.json() == null) {
			holder.remove(last);
		}
		else {
			holder.put(last, RAW);
		}
		String text = Json.write(valid);
		if (spoil.json() != null) {
			text = text.replace("\"" + RAW + "\"", spoil.json());
		}
		return request(endpoint, path, field.path() + ": " + spoil.label(), headers, utf8(text), Set.of(field.path()));
	}

	private static tools.jackson.databind.JsonNode step(tools.jackson.databind.JsonNode node, String step) {
		int bracket = step.indexOf('[');
		if (bracket < 0) {
			return node.get(step);
		}
		return node.get(step.substring(0, bracket))
			.get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
	}

	private HostileRequest notJson(Endpoint endpoint, String path, String valid, Map<String, String> headers) {
		return switch (this.random.nextInt(9)) {
			case 0 -> {
				int cut = 1 + this.random.nextInt(valid.length() - 1);
				yield request(endpoint, path, "truncated at " + cut, headers, utf8(valid.substring(0, cut)),
						BODY_NAMES);
			}
			case 1 -> request(endpoint, path, "empty body", headers, new byte[0], BODY_NAMES);
			case 2 -> {
				String literal = pick("null", "[]", "123", "\"text\"", "true", "{", "}", "{\"a\":}", "{'a': 1}",
						"{\"a\" 1}", "NaN", "{\"a\":1,}", "[" + valid + "]");
				yield request(endpoint, path, "not an object: " + abbreviated(literal), headers, utf8(literal),
						BODY_NAMES);
			}
			case 3 -> {
				int depth = 1500 + this.random.nextInt(3000);
				String nested = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
				yield request(endpoint, path, "nested " + depth + " deep", headers, utf8(nested), BODY_NAMES);
			}
			case 4 -> {
				byte[] bytes = utf8(valid);
				int inString = valid.indexOf(":\"") + 2;
				byte[] broken = new byte[bytes.length + 2];
				System.arraycopy(bytes, 0, broken, 0, inString);
				broken[inString] = (byte) 0xFF;
				broken[inString + 1] = (byte) 0xC3;
				System.arraycopy(bytes, inString, broken, inString + 2, bytes.length - inString);
				yield request(endpoint, path, "invalid UTF-8", headers, broken, BODY_NAMES);
			}
			case 5 -> request(endpoint, path, "raw control character in a string", headers,
					utf8(valid.replaceFirst(":\"", ":\"\u0001\n")), BODY_NAMES);
			case 6 -> request(endpoint, path, "comment", headers, utf8("/* hostile */" + valid), BODY_NAMES);
			case 7 -> request(endpoint, path, "NUL byte between tokens", headers,
					utf8(valid.replaceFirst("\\{", "{\u0000")), BODY_NAMES);
			default -> {
				int size = 70_000 + this.random.nextInt(130_000);
				String huge = valid.substring(0, valid.length() - 1) + ",\"padding\":\"" + "x".repeat(size) + "\"}";
				yield request(endpoint, path, "oversize body (" + size + " bytes of padding)", headers, utf8(huge),
						Set.of("large", "size"));
			}
		};
	}

	private HostileRequest contentType(Endpoint endpoint, Map<String, UUID> ids, ObjectNode valid,
			Map<String, String> extraHeaders) {
		Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
		String type = pick("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data; boundary=x", "application/octet-stream", "text/json", "image/png", "garbage",
				"application/json; charset=nope", "none");
		if (!type.equals("none")) {
			headers.put("Content-Type", type);
		}
		return request(endpoint, withIds(endpoint.path(), ids), "Content-Type: " + type, headers,
				utf8(Json.write(valid)), MEDIA_NAMES);
	}

	private HostileRequest accept(Endpoint endpoint, Map<String, UUID> ids) {
		String accept = pick("text/html", "application/xml", "image/png", "garbage/", "text/csv");
		return request(endpoint, withIds(endpoint.path(), ids), "Accept: " + accept, Map.of("Accept", accept),
				new byte[0], Set.of("media type", "Accept"));
	}

	/** A valid order whose Idempotency-Key is missing, empty or too long. */
	private HostileRequest badIdempotencyKey() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", JSON);
		String defect = pick("missing", "empty", "too long");
		switch (defect) {
			case "empty" -> headers.put("Idempotency-Key", "");
			case "too long" -> headers.put("Idempotency-Key", this.keyPrefix + garbage(101, 400));
			default -> {
			}
		}
		return request(PLACE_ORDER, "/orders", "Idempotency-Key: " + defect, headers, utf8(Json.write(placement())),
				Set.of("Idempotency-Key", "key"));
	}

	/**
	 * A well-formed order naming a user, restaurant or item that does not exist or cannot
	 * be ordered: a 422.
	 */
	private HostileRequest unknownToTheSaga() {
		ObjectNode order = placement();
		ObjectNode item = (ObjectNode) order.get("items").get(0);
		UUID unknown = someId();
		String defect = pick("unknown user", "suspended user", "unknown restaurant", "closed restaurant",
				"unknown menu item", "menu item of another restaurant", "unavailable menu item");
		Set<String> names = switch (defect) {
			case "unknown user" -> {
				order.put("userId", unknown.toString());
				yield Set.of("user");
			}
			case "suspended user" -> {
				order.put("userId", MALLORY_SUSPENDED.toString());
				yield Set.of("suspended");
			}
			case "unknown restaurant" -> {
				order.put("restaurantId", unknown.toString());
				yield Set.of("restaurant");
			}
			case "closed restaurant" -> {
				order.put("restaurantId", CLOSED_KITCHEN_BERLIN.toString());
				item.put("menuItemId", SOUP_OF_CLOSED_KITCHEN.toString());
				yield Set.of("closed");
			}
			case "unknown menu item" -> {
				item.put("menuItemId", unknown.toString());
				yield Set.of("menu-item");
			}
			case "menu item of another restaurant" -> {
				item.put("menuItemId", SALMON_NIGIRI.toString());
				yield Set.of("menu-item");
			}
			default -> {
				item.put("menuItemId", TIRAMISU_UNAVAILABLE.toString());
				yield Set.of("unavailable");
			}
		};
		Map<String, String> headers = new LinkedHashMap<>(idempotencyKey());
		headers.put("Content-Type", JSON);
		return request(PLACE_ORDER, "/orders", defect, headers, utf8(Json.write(order)), names);
	}

	/**
	 * Adds the Accept header the journeys send (unless the shape set its own) and the
	 * noise.
	 */
	private HostileRequest request(Endpoint endpoint, String pathAndQuery, String defect, Map<String, String> headers,
			byte[] body, Set<String> names) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.putIfAbsent("Accept", ACCEPT_JSON);
		for (int i = this.random.nextInt(3); i > 0; i--) {
			switch (this.random.nextInt(5)) {
				case 0 -> all.putIfAbsent("Authorization", "Bearer " + garbage(1, 300));
				case 1 -> all.putIfAbsent("Authorization", "Basic " + garbage(1, 40));
				case 2 -> all.putIfAbsent("traceparent", garbage(1, 80));
				case 3 -> all.putIfAbsent("X-Forwarded-For", garbage(1, 40));
				default -> {
					if (endpoint != PLACE_ORDER) {
						all.putIfAbsent("Idempotency-Key", garbage(1, 300));
					}
				}
			}
		}
		return new HostileRequest(endpoint.service(), endpoint.method() + " " + endpoint.path(), defect,
				endpoint.method(), pathAndQuery, all, body, names);
	}

	// --- spoiled values

	private Spoil spoil(Field field) {
		List<Spoil> options = new ArrayList<>(
				List.of(new Spoil("an object", "{\"x\":1}"), new Spoil("an array", "[1]")));
		switch (field.kind()) {
			case ID -> {
				required(options);
				options.addAll(spoils("not a UUID", "\"not-a-uuid\"", "short", "\"1234\"", "UUID with a tail",
						"\"" + someId() + "0\"", "unicode", "\"ééé\"", "number", "42", "NUL", "\"\\u0000\""));
			}
			case TEXT -> {
				required(options);
				blank(options);
				unstorable(options, field.max());
			}
			case PRINTABLE_TEXT -> {
				required(options);
				blank(options);
				unstorable(options, field.max());
				options.addAll(spoils("control character", "\"a\\u0001b\"", "line break", "\"a\\nb\"", "DEL",
						"\"a\\u007fb\"", "C1 control", "\"a\\u009fb\"", "number", "42"));
			}
			case NEW_NAME -> {
				blank(options);
				unstorable(options, field.max());
			}
			case NOTE -> unstorable(options, field.max());
			case EMAIL -> {
				required(options);
				unstorable(options, field.max());
				options.addAll(spoils("not an email", "\"not-an-email\"", "no domain", "\"a@\"", "no local part",
						"\"@example.com\"", "two ats", "\"a@@example.com\""));
			}
			case QUANTITY, AMOUNT -> {
				required(options);
				long max = field.max();
				long min = (field.kind() == Kind.QUANTITY) ? 1 : 0;
				options.addAll(spoils("below minimum", Long.toString(min - 1), "negative",
						"-" + (1 + this.random.nextInt(1000)), "above maximum", Long.toString(max + 1),
						"far above maximum", Long.toString(max * 1000), "long minimum", Long.toString(Long.MIN_VALUE),
						"huge number", "9".repeat(25 + this.random.nextInt(400)), "huge negative number",
						"-" + "9".repeat(25), "words", "\"two\"", "NUL", "\"\\u0000\""));
			}
			case STATUS -> {
				required(options);
				options.addAll(spoils("unknown value", "\"BANNED\"", "NUL", "\"ACT\\u0000IVE\""));
			}
			case CURRENCY -> {
				required(options);
				options.addAll(spoils("not ISO-4217", "\"EURO\"", "lower case", "\"eur\"", "empty", "\"\"", "digits",
						"\"978\"", "symbol", "\"€\"", "NUL", "\"EU\\u0000\""));
			}
			case FLAG -> options.addAll(spoils("not a boolean", "\"maybe\"", "almost a boolean", "\"tru\""));
			case ITEMS -> {
				required(options);
				options.addAll(spoils("empty", "[]", "null item", "[null]", "empty item", "[{}]", "text", "\"pizza\"",
						"the same item twice", items(MARGHERITA, MARGHERITA), "too many", tooManyItems()));
			}
		}
		return options.get(this.random.nextInt(options.size()));
	}

	private static void required(List<Spoil> options) {
		options.add(new Spoil("missing", null));
		options.add(new Spoil("null", "null"));
	}

	private static void blank(List<Spoil> options) {
		options.addAll(spoils("empty", "\"\"", "blank", "\"   \""));
	}

	private void unstorable(List<Spoil> options, int max) {
		options.addAll(spoils("too long", Json.write(tooLong(max)), "NUL", "\"a\\u0000b\"", "only NUL", "\"\\u0000\"",
				"unpaired high surrogate", "\"ab\\ud800\"", "unpaired low surrogate", "\"\\udfffab\""));
	}

	private String tooLong(int max) {
		String unit = pick("x", "é", "東", "🍕", "e\u0301");
		StringBuilder text = new StringBuilder();
		int length = max + 1 + this.random.nextInt(Math.max(1, max));
		while (text.length() < length) {
			text.append(unit);
		}
		return text.toString();
	}

	private String tooManyItems() {
		UUID[] ids = new UUID[51 + this.random.nextInt(100)];
		Arrays.setAll(ids, (i) -> someId());
		return items(ids);
	}

	private static String items(UUID... menuItems) {
		ArrayNode items = Json.object().putArray("items");
		for (UUID menuItem : menuItems) {
			items.addObject().put("menuItemId", menuItem.toString()).put("quantity", 1);
		}
		return Json.write(items);
	}

	private static List<Spoil> spoils(String... labelsAndJson) {
		List<Spoil> spoils = new ArrayList<>();
		for (int i = 0; i < labelsAndJson.length; i += 2) {
			spoils.add(new Spoil(labelsAndJson[i], labelsAndJson[i + 1]));
		}
		return spoils;
	}

	// --- valid bodies, before they are spoiled

	private ObjectNode placement() {
		ObjectNode order = Json.object()
			.put("userId", ALICE.toString())
			.put("restaurantId", PIZZERIA_ROMA_BERLIN.toString());
		ArrayNode items = order.putArray("items");
		items.addObject().put("menuItemId", MARGHERITA.toString()).put("quantity", 1 + this.random.nextInt(5));
		if (this.random.nextBoolean()) {
			items.addObject().put("menuItemId", DIAVOLA.toString()).put("quantity", 1);
		}
		order.putObject("deliveryAddress").put("street", exotic()).put("city", "Berlin").put("postalCode", "10117");
		return order.put("paymentToken", "tok_visa");
	}

	private ObjectNode newUser() {
		return Json.object()
			.put("name", exotic())
			.put("email", this.keyPrefix + this.random.nextInt(1_000_000) + "@example.com");
	}

	private ObjectNode userChange() {
		return Json.object().put("status", "ACTIVE").put("name", exotic());
	}

	private ObjectNode newRestaurant() {
		return Json.object().put("name", exotic()).put("city", exotic()).put("currency", "EUR").put("open", true);
	}

	private ObjectNode restaurantChange() {
		return Json.object().put("name", exotic()).put("open", true);
	}

	private ObjectNode newMenuItem() {
		ObjectNode item = Json.object().put("name", exotic()).put("description", exotic());
		item.putObject("price").put("amount", 450).put("currency", "EUR");
		return item.put("available", true);
	}

	private ObjectNode menuItemChange() {
		ObjectNode change = Json.object();
		change.putObject("price").put("amount", 450).put("currency", "EUR");
		return change.put("available", true);
	}

	private ObjectNode quote() {
		ObjectNode quote = Json.object();
		quote.putArray("items").addObject().put("menuItemId", MARGHERITA.toString()).put("quantity", 2);
		return quote;
	}

	private ObjectNode courier() {
		return Json.object().put("name", exotic()).put("city", "Nowhere");
	}

	// --- small helpers

	private Map<String, String> idempotencyKey() {
		return Map.of("Idempotency-Key", this.keyPrefix + (++this.keys));
	}

	/**
	 * An id that no one has: seeded, unlike {@link UUID#randomUUID()}, so that a run can
	 * be replayed.
	 */
	private UUID someId() {
		return new UUID(this.random.nextLong(), this.random.nextLong());
	}

	private static String withIds(String template, Map<String, UUID> ids) {
		String path = template;
		for (Map.Entry<String, UUID> id : ids.entrySet()) {
			path = path.replace("{" + id.getKey() + "}", id.getValue().toString());
		}
		return path;
	}

	private String exotic() {
		return pick(EXOTIC.toArray(String[]::new));
	}

	/** Printable ASCII that means nothing. */
	private String garbage(int minLength, int maxLength) {
		char[] text = new char[minLength + this.random.nextInt(maxLength - minLength + 1)];
		for (int i = 0; i < text.length; i++) {
			text[i] = (char) ('!' + this.random.nextInt('~' - '!' + 1));
		}
		return new String(text);
	}

	@SafeVarargs
	private <T> T pick(T... choices) {
		return choices[this.random.nextInt(choices.length)];
	}

	private static String abbreviated(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private record Endpoint(FoodMeshService service, String method, String path) {
	}

	/** What a field holds, which decides the values that spoil it. */
	private enum Kind {

		ID, TEXT, PRINTABLE_TEXT, NEW_NAME, NOTE, EMAIL, QUANTITY, AMOUNT, STATUS, CURRENCY, FLAG, ITEMS

	}

	private record Field(String path, Kind kind, int max) {
	}

	/** A spoiled value as raw JSON text; {@code null} leaves the field out. */
	private record Spoil(String label, String json) {
	}

	private record Bad(String label, String value) {
	}

}

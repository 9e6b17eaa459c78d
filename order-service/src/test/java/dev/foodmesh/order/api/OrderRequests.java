package dev.foodmesh.order.api;

/** Request bodies for the web slice tests, starting from a valid one. */
final class OrderRequests {

	static final String USER = "11111111-1111-4111-8111-111111111111";

	static final String RESTAURANT = "22222222-2222-4222-8222-222222222221";

	static final String MARGHERITA = "33333333-3333-4333-8333-333333333311";

	private OrderRequests() {
	}

	static String valid() {
		return withItems(item(MARGHERITA, "2"));
	}

	static String item(String menuItemId, String quantity) {
		return "{\"menuItemId\":\"" + menuItemId + "\",\"quantity\":" + quantity + "}";
	}

	static String withItems(String items) {
		return """
				{"userId":"%s","restaurantId":"%s","items":[%s],
				 "deliveryAddress":{"street":"Unter den Linden 1","city":"Berlin","postalCode":"10117"},
				 "paymentToken":"tok_visa"}""".formatted(USER, RESTAURANT, items);
	}

	static String without(String field) {
		return valid().replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\{[^}]*\\}|\\[[^\\]]*\\]),?", "")
			.replaceFirst(",\\s*}$", "}");
	}

}

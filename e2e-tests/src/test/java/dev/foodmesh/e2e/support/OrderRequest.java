package dev.foodmesh.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static dev.foodmesh.e2e.support.DemoData.ALICE;
import static dev.foodmesh.e2e.support.DemoData.BREZEL;
import static dev.foodmesh.e2e.support.DemoData.BREZELHAUS_MUNICH;
import static dev.foodmesh.e2e.support.DemoData.CARD_APPROVED;
import static dev.foodmesh.e2e.support.DemoData.DIAVOLA;
import static dev.foodmesh.e2e.support.DemoData.MAKI_SET;
import static dev.foodmesh.e2e.support.DemoData.MARGHERITA;
import static dev.foodmesh.e2e.support.DemoData.PIZZERIA_ROMA_BERLIN;
import static dev.foodmesh.e2e.support.DemoData.SUSHI_HAFEN_HAMBURG;

/**
 * The body of {@code POST /orders}, built like the domain reads:
 * {@code OrderRequest.pizzaInBerlin().paidWith(…)}.
 */
public record OrderRequest(UUID userId, UUID restaurantId, List<Line> items, Address deliveryAddress,
		String paymentToken) {

	public record Line(UUID menuItemId, int quantity) {
	}

	public record Address(String street, String city, String postalCode) {
	}

	/**
	 * Two Margheritas and a Diavola from Pizzeria Roma, Berlin (two couriers), paid by
	 * Alice's approving card.
	 */
	public static OrderRequest pizzaInBerlin() {
		return new OrderRequest(ALICE, PIZZERIA_ROMA_BERLIN, List.of(new Line(MARGHERITA, 2), new Line(DIAVOLA, 1)),
				new Address("Torstr. 1", "Berlin", "10119"), CARD_APPROVED);
	}

	/** A Maki set from Sushi Hafen, Hamburg (one courier). */
	public static OrderRequest sushiInHamburg() {
		return new OrderRequest(ALICE, SUSHI_HAFEN_HAMBURG, List.of(new Line(MAKI_SET, 1)),
				new Address("Hafenstr. 5", "Hamburg", "20359"), CARD_APPROVED);
	}

	/** Brezels from Brezelhaus, Munich, the city without couriers. */
	public static OrderRequest brezelInMunich() {
		return new OrderRequest(ALICE, BREZELHAUS_MUNICH, List.of(new Line(BREZEL, 3)),
				new Address("Marienplatz 1", "Munich", "80331"), CARD_APPROVED);
	}

	public OrderRequest by(UUID user) {
		return new OrderRequest(user, this.restaurantId, this.items, this.deliveryAddress, this.paymentToken);
	}

	public OrderRequest from(UUID restaurant) {
		return new OrderRequest(this.userId, restaurant, this.items, this.deliveryAddress, this.paymentToken);
	}

	public OrderRequest paidWith(String token) {
		return new OrderRequest(this.userId, this.restaurantId, this.items, this.deliveryAddress, token);
	}

	public OrderRequest withItems(Line... lines) {
		return new OrderRequest(this.userId, this.restaurantId, List.of(lines), this.deliveryAddress,
				this.paymentToken);
	}

	public OrderRequest withItems(List<Line> lines) {
		return new OrderRequest(this.userId, this.restaurantId, new ArrayList<>(lines), this.deliveryAddress,
				this.paymentToken);
	}

	/** The request as a JSON tree, for tests that break it on purpose. */
	public ObjectNode toJson() {
		ObjectNode body = Json.object();
		body.put("userId", this.userId.toString());
		body.put("restaurantId", this.restaurantId.toString());
		ArrayNode lines = body.putArray("items");
		this.items.forEach((line) -> lines.addObject()
			.put("menuItemId", line.menuItemId().toString())
			.put("quantity", line.quantity()));
		body.putObject("deliveryAddress")
			.put("street", this.deliveryAddress.street())
			.put("city", this.deliveryAddress.city())
			.put("postalCode", this.deliveryAddress.postalCode());
		body.put("paymentToken", this.paymentToken);
		return body;
	}

}

package dev.foodmesh.infra.drill;

import java.time.Duration;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * What each order of the drill is, drawn from a seeded generator over the demo data
 * (docs/demo-data.md): where it goes, how it pays, and what the customer does to it
 * afterwards.
 */
final class OrderMix {

	/**
	 * Where the order goes and how it pays, with the outcome the saga should reach
	 * without interference.
	 */
	enum Kind {

		/**
		 * Pizzeria Roma, Berlin, approving card: delivered, or NO_COURIER when every
		 * courier is busy.
		 */
		BERLIN("22222222-2222-4222-8222-222222222221", "33333333-3333-4333-8333-333333333311", "Berlin", "10117",
				"tok_visa"),
		/** Sushi Hafen, Hamburg, approving card. */
		HAMBURG("22222222-2222-4222-8222-222222222222", "33333333-3333-4333-8333-333333333321", "Hamburg", "20095",
				"tok_visa"),
		/** Brezelhaus, Munich: no courier there, so paid, then refunded (NO_COURIER). */
		NO_COURIER_CITY("22222222-2222-4222-8222-222222222223", "33333333-3333-4333-8333-333333333331", "Munich",
				"80331", "tok_visa"),
		/** Berlin with a declining card: PAYMENT_DECLINED. */
		DECLINED("22222222-2222-4222-8222-222222222221", "33333333-3333-4333-8333-333333333312", "Berlin", "10117",
				"tok_declined");

		private final String restaurant;

		private final String item;

		private final String city;

		private final String postalCode;

		private final String token;

		Kind(String restaurant, String item, String city, String postalCode, String token) {
			this.restaurant = restaurant;
			this.item = item;
			this.city = city;
			this.postalCode = postalCode;
			this.token = token;
		}

		String body(String user) {
			return """
					{"userId":"%s","restaurantId":"%s","items":[{"menuItemId":"%s","quantity":1}],\
					"deliveryAddress":{"street":"Drill 1","city":"%s","postalCode":"%s"},"paymentToken":"%s"}"""
				.formatted(user, this.restaurant, this.item, this.city, this.postalCode, this.token);
		}

	}

	/** What the customer does after placing it. */
	sealed interface Action {

		/** Nothing: the saga runs on its own. */
		record None() implements Action {
		}

		/** {@code POST /orders/{id}/cancel} this long after the order was accepted. */
		record CancelAfter(Duration delay) implements Action {
		}

		/**
		 * Once a courier is assigned, the pickup and the cancel are sent at the same
		 * moment.
		 */
		record RacePickup() implements Action {
		}

	}

	/** One order of the drill. */
	record Order(Kind kind, String user, Action action) {
	}

	private static final List<String> USERS = List.of("11111111-1111-4111-8111-111111111111",
			"11111111-1111-4111-8111-111111111112", "11111111-1111-4111-8111-111111111113");

	/**
	 * The longest a customer waits before cancelling: long enough to reach every state up
	 * to pickup.
	 */
	private static final int MAX_CANCEL_DELAY_MS = 30_000;

	private final RandomGenerator random;

	private final double cancelShare;

	private final double raceShare;

	OrderMix(long seed, double cancelShare, double raceShare) {
		this.random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
		this.cancelShare = cancelShare;
		this.raceShare = raceShare;
	}

	/**
	 * 55 % Berlin, 15 % Hamburg, 15 % Munich (no couriers), 15 % declined; then the
	 * customer's action.
	 */
	synchronized Order next() {
		double where = this.random.nextDouble();
		Kind kind = (where < 0.55) ? Kind.BERLIN
				: (where < 0.70) ? Kind.HAMBURG : (where < 0.85) ? Kind.NO_COURIER_CITY : Kind.DECLINED;
		String user = USERS.get(this.random.nextInt(USERS.size()));
		double act = this.random.nextDouble();
		boolean courierCity = kind == Kind.BERLIN || kind == Kind.HAMBURG;
		Action action = (act < this.cancelShare)
				? new Action.CancelAfter(Duration.ofMillis(this.random.nextInt(MAX_CANCEL_DELAY_MS)))
				: (courierCity && act < this.cancelShare + this.raceShare) ? new Action.RacePickup()
						: new Action.None();
		return new Order(kind, user, action);
	}

}

package dev.foodmesh.loadtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code load-tests/profile.json}: the rates, durations and thresholds of the order
 * ladder and the order it places. The k6 scripts read the same file, so a change of rate
 * or SLO reaches both tools. Sections only k6 uses ({@code statusStreams},
 * {@code browsing}) are ignored here.
 *
 * @param placement the ladder: warm-up, steps, their length and the pause after each
 * @param slo what a step must meet to count towards the knee
 * @param order what every virtual user orders
 * @param couriers where couriers are seeded and with how much headroom
 * @param simulator the delivery simulator the stack runs with (its delays and its pass
 * interval set how long a courier stays busy)
 */
public record LoadProfile(Placement placement, Slo slo, Order order, Couriers couriers, Simulator simulator) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public static LoadProfile read(Path file) {
		try {
			return parse(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the load profile " + file, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(file + ": " + ex.getMessage(), ex);
		}
	}

	static LoadProfile parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException("not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		JsonNode placement = required(root, "placement");
		JsonNode warmUp = required(placement, "warmUp");
		JsonNode slo = required(root, "slo");
		JsonNode order = required(root, "order");
		JsonNode address = required(order, "deliveryAddress");
		JsonNode couriers = required(root, "couriers");
		JsonNode simulator = required(root, "simulator");
		List<Integer> steps = new ArrayList<>();
		for (JsonNode step : required(placement, "steps")) {
			steps.add(step.asInt());
		}
		List<UUID> users = new ArrayList<>();
		for (JsonNode user : required(order, "userIds")) {
			users.add(UUID.fromString(user.asString()));
		}
		return new LoadProfile(
				new Placement(duration(warmUp, "duration"), required(warmUp, "fromRate").asInt(), steps,
						duration(placement, "stepDuration"), duration(placement, "pauseBetweenSteps")),
				new Slo(required(slo, "placementP99Ms").asDouble(), required(slo, "sagaScheduledP99Ms").asDouble(),
						required(slo, "serverErrors").asLong(),
						Duration.ofMillis(required(slo, "drainWithinMs").asLong())),
				new Order(users, uuid(order, "restaurantId"), uuid(order, "menuItemId"),
						required(order, "quantity").asInt(),
						new Address(text(address, "street"), text(address, "city"), text(address, "postalCode")),
						text(order, "paymentToken")),
				new Couriers(text(couriers, "city"), required(couriers, "headroom").asDouble()),
				new Simulator(duration(simulator, "pickupDelay"), duration(simulator, "deliveryDelay"),
						duration(simulator, "passInterval")));
	}

	/**
	 * This profile with the values that {@code settings} gives for {@code steps} (a
	 * comma-separated list of rates), {@code stepDuration}, {@code warmUp},
	 * {@code pause}, {@code pickupDelay}, {@code deliveryDelay} and {@code passInterval}
	 * (durations): the run.sh options, passed as system properties
	 * {@code foodmesh.load.<key>}. A key it has no value for keeps the file's value.
	 */
	public LoadProfile overriddenBy(Function<String, @Nullable String> settings) {
		Placement ladder = this.placement;
		String steps = settings.apply("steps");
		if (steps != null) {
			ladder = ladder.withSteps(Arrays.stream(steps.split(",")).map(String::trim).map(Integer::valueOf).toList());
		}
		String stepDuration = settings.apply("stepDuration");
		if (stepDuration != null) {
			ladder = new Placement(ladder.warmUp(), ladder.warmUpFromRate(), ladder.steps(),
					Durations.parse(stepDuration), ladder.pause());
		}
		String warmUp = settings.apply("warmUp");
		if (warmUp != null) {
			ladder = new Placement(Durations.parse(warmUp), ladder.warmUpFromRate(), ladder.steps(),
					ladder.stepDuration(), ladder.pause());
		}
		String pause = settings.apply("pause");
		if (pause != null) {
			ladder = new Placement(ladder.warmUp(), ladder.warmUpFromRate(), ladder.steps(), ladder.stepDuration(),
					Durations.parse(pause));
		}
		Simulator simulator = new Simulator(durationOr(settings.apply("pickupDelay"), this.simulator.pickupDelay()),
				durationOr(settings.apply("deliveryDelay"), this.simulator.deliveryDelay()),
				durationOr(settings.apply("passInterval"), this.simulator.passInterval()));
		return new LoadProfile(ladder, this.slo, this.order, this.couriers, simulator);
	}

	private static Duration durationOr(@Nullable String value, Duration fallback) {
		return (value != null) ? Durations.parse(value) : fallback;
	}

	private static JsonNode required(JsonNode parent, String field) {
		JsonNode node = parent.path(field);
		if (node.isMissingNode() || node.isNull()) {
			throw new IllegalArgumentException("the field '" + field + "' is missing");
		}
		return node;
	}

	private static String text(JsonNode parent, String field) {
		return required(parent, field).asString();
	}

	private static UUID uuid(JsonNode parent, String field) {
		return UUID.fromString(text(parent, field));
	}

	private static Duration duration(JsonNode parent, String field) {
		return Durations.parse(text(parent, field));
	}

	/**
	 * The ladder: a warm-up that ramps from {@code warmUpFromRate} to the first step's
	 * rate, then each step at a constant arrival rate for {@code stepDuration}, each
	 * followed by {@code pause} without load, in which the pipeline drains and the time
	 * it takes is measured.
	 *
	 * @param warmUp how long the warm-up ramps; zero for none
	 * @param warmUpFromRate the warm-up's first rate, orders per second
	 * @param steps the rates, orders per second
	 * @param stepDuration how long each step lasts
	 * @param pause the quiet time after the warm-up and after each step
	 */
	public record Placement(Duration warmUp, int warmUpFromRate, List<Integer> steps, Duration stepDuration,
			Duration pause) {

		public Placement {
			steps = List.copyOf(steps);
			if (steps.isEmpty() || steps.stream().anyMatch((rate) -> rate <= 0)) {
				throw new IllegalArgumentException("the steps must be one or more positive rates, not " + steps);
			}
			if (!stepDuration.isPositive() || warmUp.isNegative() || pause.isNegative() || warmUpFromRate <= 0) {
				throw new IllegalArgumentException("the step duration must be positive, the warm-up and the pause "
						+ "zero or more, and the warm-up's first rate positive");
			}
		}

		Placement withSteps(List<Integer> rates) {
			return new Placement(this.warmUp, this.warmUpFromRate, rates, this.stepDuration, this.pause);
		}

		public int peakRate() {
			return this.steps.stream().mapToInt(Integer::intValue).max().orElseThrow();
		}

	}

	/**
	 * What a step must meet to count towards the knee.
	 *
	 * @param placementP99Ms client-side {@code POST /orders} p99, milliseconds
	 * @param sagaScheduledP99Ms placement to {@code DELIVERY_SCHEDULED} p99, milliseconds
	 * (server side)
	 * @param serverErrors the most 5xx answers allowed
	 * @param drainWithin how soon after the step consumer lag and outbox backlog must
	 * both be back to 0
	 */
	public record Slo(double placementP99Ms, double sagaScheduledP99Ms, long serverErrors, Duration drainWithin) {
	}

	/** What every virtual user orders; the users take turns. */
	public record Order(List<UUID> userIds, UUID restaurantId, UUID menuItemId, int quantity, Address deliveryAddress,
			String paymentToken) {

		public Order {
			userIds = List.copyOf(userIds);
			if (userIds.isEmpty() || quantity <= 0) {
				throw new IllegalArgumentException("an order needs at least one user and a positive quantity");
			}
		}

		/** One {@code POST /orders} body per user, in the order of {@link #userIds()}. */
		public List<String> bodies() {
			return this.userIds.stream().map(this::body).toList();
		}

		private String body(UUID user) {
			ObjectNode body = JSON.createObjectNode();
			body.put("userId", user.toString());
			body.put("restaurantId", this.restaurantId.toString());
			body.putArray("items")
				.addObject()
				.put("menuItemId", this.menuItemId.toString())
				.put("quantity", this.quantity);
			body.putObject("deliveryAddress")
				.put("street", this.deliveryAddress.street())
				.put("city", this.deliveryAddress.city())
				.put("postalCode", this.deliveryAddress.postalCode());
			body.put("paymentToken", this.paymentToken);
			return JSON.writeValueAsString(body);
		}

	}

	public record Address(String street, String city, String postalCode) {
	}

	/**
	 * Couriers for the run, registered in {@code city} before the first step.
	 *
	 * @param city the restaurant's city
	 * @param headroom the factor over the couriers the peak rate keeps busy
	 */
	public record Couriers(String city, double headroom) {
	}

	/**
	 * The delivery simulator the stack runs with (run.sh passes all three to
	 * {@code ./run-local.sh}): a courier is busy for both delays, and for up to one of
	 * the simulator's passes after each, as a pass moves only the deliveries whose delay
	 * has passed.
	 *
	 * @param pickupDelay paid → picked up
	 * @param deliveryDelay picked up → delivered
	 * @param passInterval how often the simulator moves what is due
	 */
	public record Simulator(Duration pickupDelay, Duration deliveryDelay, Duration passInterval) {

		public Duration courierBusy() {
			return this.pickupDelay.plus(this.deliveryDelay).plus(this.passInterval.multipliedBy(2));
		}

	}

}

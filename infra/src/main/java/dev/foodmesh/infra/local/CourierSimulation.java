package dev.foodmesh.infra.local;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The local stack's delivery simulator: whether delivery-service moves assigned
 * deliveries by itself, and how. A setting left {@code null} keeps the service's default,
 * so the service's configuration stays the one place for them.
 *
 * @param enabled whether simulated couriers pick up and deliver ({@code --no-simulator}
 * turns them off)
 * @param pickupDelay paid → picked up (Spring duration, e.g. {@code 5s})
 * @param deliveryDelay picked up → delivered
 * @param passInterval how often the simulator looks for deliveries to move: a courier
 * stays busy for up to one pass after each delay, which the load tool counts when it
 * registers couriers
 */
record CourierSimulation(boolean enabled, @Nullable String pickupDelay, @Nullable String deliveryDelay,
		@Nullable String passInterval) {

	/** delivery-service's command-line arguments for these settings. */
	List<String> serviceArguments() {
		List<String> arguments = new ArrayList<>();
		arguments.add("--foodmesh.delivery.simulator.enabled=" + this.enabled);
		add(arguments, "pickup-delay", this.pickupDelay);
		add(arguments, "delivery-delay", this.deliveryDelay);
		add(arguments, "interval", this.passInterval);
		return List.copyOf(arguments);
	}

	private static void add(List<String> arguments, String property, @Nullable String value) {
		if (value != null) {
			arguments.add("--foodmesh.delivery.simulator." + property + "=" + value);
		}
	}

}

package dev.foodmesh.infra.drill;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import dev.foodmesh.infra.DevIssuer;
import dev.foodmesh.infra.drill.OrderMix.Action;

/**
 * Places the drill's orders at a fixed rate (open loop: an arrival does not wait for
 * earlier answers, up to {@code maxInFlight} at once) and then does what each order's
 * {@link Action} says. The answers are tallied ({@code place 201}, {@code cancel 409},
 * ...); the databases, not these answers, decide what was accepted.
 */
final class OrderLoad {

	private final DrillOptions options;

	private final FoodMeshApi api;

	private final OrderMix mix;

	private final PickupRacer racer;

	private final Tally tally;

	private final Semaphore inFlight;

	private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

	/** User id → that customer's token. */
	private final Map<String, String> tokens = new ConcurrentHashMap<>();

	OrderLoad(DrillOptions options, FoodMeshApi api, PickupRacer racer, Tally tally) {
		this.options = options;
		this.api = api;
		this.mix = new OrderMix(options.seed(), options.cancelShare(), options.raceShare());
		this.racer = racer;
		this.tally = tally;
		this.inFlight = new Semaphore(options.maxInFlight());
	}

	/**
	 * Places every order, paced; returns once each placement and cancel has its final
	 * answer.
	 */
	void run() {
		long start = System.nanoTime();
		long interval = (long) (TimeUnit.SECONDS.toNanos(1) / this.options.rate());
		for (int n = 0; n < this.options.orders(); n++) {
			LockSupport.parkNanos(start + n * interval - System.nanoTime());
			this.inFlight.acquireUninterruptibly();
			track(place(this.options.keyPrefix() + n, this.mix.next())
				.whenComplete((ok, failure) -> this.inFlight.release()));
		}
		while (!this.pending.isEmpty()) {
			this.pending.iterator().next().exceptionally((failure) -> null).join();
		}
	}

	/**
	 * One order placed outside the mix, e.g. a probe after a fault; completes with its
	 * answer.
	 */
	CompletableFuture<FoodMeshApi.Answer> probe(String key) {
		String alice = "11111111-1111-4111-8111-111111111111";
		return this.api.post(this.options.orderService() + "/orders", OrderMix.Kind.BERLIN.body(alice), key,
				DevIssuer.customer(alice));
	}

	private CompletableFuture<?> place(String key, OrderMix.Order order) {
		// one signature per user, not per order: the drill's own CPU is shared with the
		// stack it measures
		String customer = this.tokens.computeIfAbsent(order.user(), DevIssuer::customer);
		return this.api.post(this.options.orderService() + "/orders", order.kind().body(order.user()), key, customer)
			.thenAccept((answer) -> {
				this.tally.add("place " + answer.status());
				answer.createdId()
					.filter((id) -> answer.status() == 201)
					.ifPresent((id) -> act(id, customer, order.action()));
			});
	}

	private void act(String orderId, String customer, Action action) {
		switch (action) {
			case Action.CancelAfter(Duration delay) -> track(CompletableFuture.runAsync(() -> {
			}, CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS))
				.thenCompose((ignored) -> this.api.post(this.options.orderService() + "/orders/" + orderId + "/cancel",
						customer))
				.thenAccept((answer) -> this.tally.add("cancel " + answer.status())));
			case Action.RacePickup() -> this.racer.race(orderId, customer);
			case Action.None() -> {
			}
		}
	}

	private void track(CompletableFuture<?> work) {
		this.pending.add(work);
		work.whenComplete((ok, failure) -> this.pending.remove(work));
	}

}

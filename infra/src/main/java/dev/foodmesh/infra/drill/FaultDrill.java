package dev.foodmesh.infra.drill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.foodmesh.events.Topics;
import dev.foodmesh.infra.DevIssuer;

/**
 * The fault drill of issue 9, against a running local stack:
 * {@code infra/scripts/fault-drill.sh} starts one and runs this. Exit code 0 when every
 * count that must be 0 is 0, 1 when one is not, 2 for bad options or no stack.
 */
public final class FaultDrill {

	private FaultDrill() {
	}

	public static void main(String[] args) {
		if (List.of(args).contains("--help")) {
			System.out.print(DrillOptions.USAGE);
			return;
		}
		DrillOptions options;
		try {
			options = DrillOptions.parse(List.of(args));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.print(DrillOptions.USAGE);
			System.exit(2);
			return;
		}
		System.exit(run(options) ? 0 : 1);
	}

	static boolean run(DrillOptions options) {
		StackClient stack = new StackClient(options.controlPort());
		FaultRunner.say("stack: " + stack.status());
		Databases databases = new Databases(options.postgresPort());
		FoodMeshApi api = new FoodMeshApi();
		Tally tally = new Tally();
		registerCouriers(options, api);
		try (PickupRacer racer = new PickupRacer(options, api, databases, tally);
				PoisonRecords poison = new PoisonRecords(options.kafkaPort(), options.runId())) {
			OrderLoad load = new OrderLoad(options, api, racer, tally);
			FaultRunner faults = new FaultRunner(options, stack, databases, load, poison);
			Thread faulting = Thread.ofPlatform().name("faults").start(faults::run);
			FaultRunner.say("placing " + options.orders() + " orders at " + options.rate() + "/s (run "
					+ options.runId() + ")");
			load.run();
			FaultRunner.say("every placement answered: " + tally.startingWith("place "));
			join(faulting);
			Instant lastFault = faults.results()
				.stream()
				.map(FaultRunner.Result::repaired)
				.max(Comparator.naturalOrder())
				.orElse(Instant.now());
			List<SagaLedger.Order> orders = Quiescence.await(new SagaLedger(databases, options.keyPrefix()), lastFault,
					options);
			TopicReader topics = new TopicReader(options.kafkaPort());
			ProviderLog provider = ProviderLog.read(options.paymentLog());
			Findings findings = Findings.of(orders, SagaLedger.events(topics, Topics.PAYMENT_EVENTS),
					SagaLedger.events(topics, Topics.DELIVERY_EVENTS), provider);
			return new DrillReport(System.out).print(options, orders, findings, provider, poison.outcome(topics),
					faults.results(), tally);
		}
	}

	/**
	 * Berlin and Hamburg get couriers enough for a share of the orders to reach
	 * DELIVERED.
	 */
	private static void registerCouriers(DrillOptions options, FoodMeshApi api) {
		List<CompletableFuture<FoodMeshApi.Answer>> registered = new ArrayList<>();
		for (String city : List.of("Berlin", "Hamburg")) {
			for (int i = 0; i < options.couriers(); i++) {
				registered.add(api.post(options.deliveryService() + "/couriers",
						"{\"name\":\"Drill %s %d\",\"city\":\"%s\"}".formatted(city, i, city), "",
						DevIssuer.operator()));
			}
		}
		long created = registered.stream().map(CompletableFuture::join).filter(FoodMeshApi.Answer::is2xx).count();
		FaultRunner.say("registered " + created + " couriers in Berlin and Hamburg");
	}

	private static void join(Thread thread) {
		try {
			thread.join();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}

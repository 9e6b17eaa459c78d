package dev.foodmesh.infra.drill;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The settings of a fault drill ({@code infra/scripts/fault-drill.sh --help} lists them).
 *
 * @param orders how many orders to place
 * @param rate orders per second offered (open loop, bounded by {@code maxInFlight})
 * @param plan which faults: {@link FaultPlan#FULL} or {@link FaultPlan#SHORT}
 * @param portOffset the stack's service port offset
 * ({@code ./run-local.sh --port-offset})
 * @param postgresPort the stack's Postgres port
 * @param kafkaPort the stack's Kafka port
 * @param controlPort the launcher's control channel port
 * @param couriers couriers registered per city with couriers (Berlin, Hamburg) before the
 * load
 * @param cancelShare share of orders the customer cancels at a random moment
 * @param raceShare share of orders whose pickup and cancel are sent at the same moment
 * once a courier is assigned
 * @param settle how long the number of unsettled orders may stay unchanged before the
 * drill stops waiting
 * @param maxWait the longest wait for quiescence after the load and the faults
 * @param maxInFlight the most placements in flight at once
 * @param seed makes the order mix reproducible
 * @param paymentLog payment-service's log, where the simulated payment provider logs each
 * charge and refund
 * @param runId tags every Idempotency-Key and poison record of this run
 */
record DrillOptions(int orders, double rate, FaultPlan plan, int portOffset, int postgresPort, int kafkaPort,
		int controlPort, int couriers, double cancelShare, double raceShare, Duration settle, Duration maxWait,
		int maxInFlight, long seed, Path paymentLog, String runId) {

	static final String USAGE = """
			Options of the drill itself (fault-drill.sh passes them on):
			  --orders=N            orders to place (default 10000)
			  --rate=R              orders per second offered (default 200)
			  --faults=full|short   full: SIGKILL each service, restart the broker, SIGKILL Postgres, SIGSTOP
			                        the relay leader for 60 s, poison records after every fault;
			                        short: SIGKILL order, payment and delivery, restart the broker, one
			                        round of poison records (default full)
			  --port-offset=N --postgres-port=N --kafka-port=N --control-port=N
			                        where the stack is (defaults as ./run-local.sh)
			  --couriers=N          couriers registered in Berlin and in Hamburg each (default 40)
			  --cancel-share=X      share of orders cancelled at a random moment (default 0.1)
			  --race-share=X        share of orders whose pickup races a cancel (default 0.05)
			  --settle=SECONDS      quiescence: no progress for this long ends the wait (default 120)
			  --max-wait=SECONDS    quiescence: the longest wait after load and faults (default 3600)
			  --max-in-flight=N     placements in flight at most (default 256)
			  --seed=N              the order mix (default 1)
			  --payment-log=FILE    payment-service's log, for the provider's own charges and refunds
			                        (default infra/target/fault-drill/logs/payment-service.log)
			""";

	static DrillOptions parse(List<String> args) {
		Arguments a = new Arguments(args);
		int offset = a.integer("--port-offset", 0);
		DrillOptions options = new DrillOptions(a.integer("--orders", 10_000), a.decimal("--rate", 200),
				FaultPlan.valueOf(a.text("--faults", "full").toUpperCase(Locale.ROOT)), offset,
				a.integer("--postgres-port", 5432), a.integer("--kafka-port", 9092),
				a.integer("--control-port", 9079 + offset), a.integer("--couriers", 40),
				a.decimal("--cancel-share", 0.1), a.decimal("--race-share", 0.05),
				Duration.ofSeconds(a.integer("--settle", 120)), Duration.ofSeconds(a.integer("--max-wait", 3600)),
				a.integer("--max-in-flight", 256), a.integer("--seed", 1),
				Path.of(a.text("--payment-log", "infra/target/fault-drill/logs/payment-service.log")),
				UUID.randomUUID().toString().substring(0, 8));
		a.rejectUnknown();
		return options;
	}

	/** The URL of a service's API, e.g. {@code api(8080)} for order-service. */
	String api(int port) {
		return "http://127.0.0.1:" + (port + this.portOffset);
	}

	String orderService() {
		return api(8080);
	}

	String deliveryService() {
		return api(8084);
	}

	/**
	 * Every Idempotency-Key of this run starts with it, so the databases tell which
	 * orders are the drill's.
	 */
	String keyPrefix() {
		return "drill-" + this.runId + "-";
	}

}

package dev.foodmesh.infra.drill;

import java.time.Duration;
import java.util.List;

import dev.foodmesh.infra.drill.Fault.RelayFreeze;
import dev.foodmesh.infra.drill.Fault.ServiceKill;

import static dev.foodmesh.infra.drill.Fault.InfrastructureOutage.brokerRestart;
import static dev.foodmesh.infra.drill.Fault.InfrastructureOutage.postgresCrash;

/**
 * Which faults a drill injects, one after the other while the load runs, and how much
 * poison it feeds the topics.
 *
 * @param faults in the order injected
 * @param poisonShapes the hostile record shapes sent to every topic in each poison round
 * @param poisonAfterEachFault a poison round after every fault (while the part catches
 * up), not only at the start
 * @param warmUp from the start of the load to the first fault
 * @param gap after a fault's recovery, before the next one
 */
enum FaultPlan {

	/**
	 * Issue 9's drill: every service, the broker, Postgres, a frozen relay leader; poison
	 * after each.
	 */
	FULL(List.of(new ServiceKill("payment"), new ServiceKill("delivery"), new ServiceKill("order"),
			new ServiceKill("user"), new ServiceKill("restaurant"), brokerRestart(Duration.ofSeconds(10)),
			postgresCrash(Duration.ofSeconds(5)), new RelayFreeze("order", Duration.ofSeconds(60))),
			List.of(PoisonShape.values()), true, Duration.ofSeconds(20), Duration.ofSeconds(15)),

	/**
	 * For CI: each consuming service killed once, one broker restart, a few poison
	 * records.
	 */
	SHORT(List.of(new ServiceKill("order"), new ServiceKill("payment"), new ServiceKill("delivery"),
			brokerRestart(Duration.ofSeconds(5))),
			List.of(PoisonShape.JSON_NULL, PoisonShape.NOT_JSON, PoisonShape.UNKNOWN_TYPE, PoisonShape.NO_KEY), false,
			Duration.ofSeconds(5), Duration.ofSeconds(5));

	private final List<Fault> faults;

	private final List<PoisonShape> poisonShapes;

	private final boolean poisonAfterEachFault;

	private final Duration warmUp;

	private final Duration gap;

	FaultPlan(List<Fault> faults, List<PoisonShape> poisonShapes, boolean poisonAfterEachFault, Duration warmUp,
			Duration gap) {
		this.faults = faults;
		this.poisonShapes = poisonShapes;
		this.poisonAfterEachFault = poisonAfterEachFault;
		this.warmUp = warmUp;
		this.gap = gap;
	}

	List<Fault> faults() {
		return this.faults;
	}

	List<PoisonShape> poisonShapes() {
		return this.poisonShapes;
	}

	boolean poisonAfterEachFault() {
		return this.poisonAfterEachFault;
	}

	Duration warmUp() {
		return this.warmUp;
	}

	Duration gap() {
		return this.gap;
	}

}

package dev.foodmesh.infra.local;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CourierSimulationTest {

	@Test
	void shouldPassOnlyTheSettingsGivenAndLeaveTheRestToTheService() {
		assertThat(new CourierSimulation(true, null, null, null).serviceArguments())
			.containsExactly("--foodmesh.delivery.simulator.enabled=true");
		assertThat(new CourierSimulation(false, "2s", "3s", "500ms").serviceArguments()).containsExactly(
				"--foodmesh.delivery.simulator.enabled=false", "--foodmesh.delivery.simulator.pickup-delay=2s",
				"--foodmesh.delivery.simulator.delivery-delay=3s", "--foodmesh.delivery.simulator.interval=500ms");
	}

}

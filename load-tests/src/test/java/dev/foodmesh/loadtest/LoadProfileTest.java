package dev.foodmesh.loadtest;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadProfileTest {

	/**
	 * The committed profile that run.sh and the k6 scripts use (the build passes its
	 * path).
	 */
	private static final Path PROFILE = Path.of(System.getProperty("foodmesh.load.profile", "profile.json"));

	@Test
	void shouldReadTheIssuesLadderFromTheCommittedProfile() {
		LoadProfile profile = LoadProfile.read(PROFILE);

		assertThat(profile.placement().steps()).containsExactly(100, 250, 500, 750, 1000, 1500);
		assertThat(profile.placement().stepDuration()).isEqualTo(Duration.ofSeconds(60));
		assertThat(profile.placement().peakRate()).isEqualTo(1500);
		assertThat(profile.slo().placementP99Ms()).isEqualTo(50);
		assertThat(profile.slo().sagaScheduledP99Ms()).isEqualTo(500);
		assertThat(profile.slo().serverErrors()).isZero();
		assertThat(profile.slo().drainWithin()).isEqualTo(Duration.ofSeconds(5));
		assertThat(profile.order().restaurantId()).isEqualTo(UUID.fromString("22222222-2222-4222-8222-222222222221"));
		assertThat(profile.order().userIds()).hasSize(3);
		assertThat(profile.couriers().city()).isEqualTo("Berlin");
		assertThat(profile.simulator().courierBusy()).isEqualTo(Duration.ofSeconds(7));
	}

	@Test
	void shouldPostOneBodyPerUserAsTheReadmeDoes() {
		LoadProfile profile = LoadProfile.read(PROFILE);

		JsonNode alice = JsonMapper.builder().build().readTree(profile.order().bodies().getFirst());

		assertThat(profile.order().bodies()).hasSize(3);
		assertThat(alice.path("userId").asString()).isEqualTo("11111111-1111-4111-8111-111111111111");
		assertThat(alice.path("items").path(0).path("menuItemId").asString())
			.isEqualTo("33333333-3333-4333-8333-333333333311");
		assertThat(alice.path("items").path(0).path("quantity").asInt()).isEqualTo(2);
		assertThat(alice.path("deliveryAddress").path("city").asString()).isEqualTo("Berlin");
		assertThat(alice.path("paymentToken").asString()).isEqualTo("tok_visa");
	}

	@Test
	void shouldLetRunShOverrideTheLadderAndTheSimulator() {
		Map<String, String> options = Map.of("steps", "20, 40", "stepDuration", "10s", "warmUp", "5s", "pause", "0",
				"deliveryDelay", "1s", "passInterval", "200ms");

		LoadProfile profile = LoadProfile.read(PROFILE).overriddenBy(options::get);

		assertThat(profile.placement().steps()).containsExactly(20, 40);
		assertThat(profile.placement().stepDuration()).isEqualTo(Duration.ofSeconds(10));
		assertThat(profile.placement().warmUp()).isEqualTo(Duration.ofSeconds(5));
		assertThat(profile.placement().pause()).isZero();
		assertThat(profile.simulator().pickupDelay()).isEqualTo(Duration.ofSeconds(2));
		assertThat(profile.simulator().deliveryDelay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(profile.simulator().passInterval()).isEqualTo(Duration.ofMillis(200));
		assertThat(profile.slo()).isEqualTo(LoadProfile.read(PROFILE).slo());
	}

	@Test
	void shouldNameWhatIsMissingOrWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadProfile.parse("{\"placement\": {}}"))
			.withMessageContaining("'warmUp' is missing");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadProfile.parse("{"))
			.withMessageContaining("not valid JSON");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> LoadProfile.read(PROFILE).overriddenBy(Map.of("steps", "100,-5")::get))
			.withMessageContaining("positive rates");
	}

}

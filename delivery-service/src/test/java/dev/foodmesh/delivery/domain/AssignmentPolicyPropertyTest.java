package dev.foodmesh.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever couriers there are, the policy picks an available one of the city, idle
 * longest, or none.
 */
class AssignmentPolicyPropertyTest {

	@Property
	void shouldNeverPickABusyCourierOrAnotherCity(@ForAll("cities") String city,
			@ForAll("couriers") List<Courier> couriers) {
		Optional<Courier> chosen = AssignmentPolicy.choose(city, couriers);

		chosen.ifPresent(courier -> {
			assertThat(courier.status()).isEqualTo(CourierStatus.AVAILABLE);
			assertThat(courier.city()).isEqualTo(city);
		});
	}

	@Property
	void shouldPickTheCourierIdleLongestWhenAnyIsFree(@ForAll("cities") String city,
			@ForAll("couriers") List<Courier> couriers) {
		List<Courier> eligible = couriers.stream().filter(courier -> courier.isAvailableIn(city)).toList();

		Optional<Courier> chosen = AssignmentPolicy.choose(city, couriers);

		assertThat(chosen.isPresent()).isEqualTo(!eligible.isEmpty());
		chosen.ifPresent(courier -> assertThat(eligible)
			.allSatisfy(other -> assertThat(other.statusSince()).isAfterOrEqualTo(courier.statusSince())));
	}

	@Property
	void shouldChooseTheSameCourierWhateverTheOrderOfCandidates(@ForAll("cities") String city,
			@ForAll("couriers") List<Courier> couriers) {
		List<Courier> reversed = couriers.reversed();

		assertThat(AssignmentPolicy.choose(city, reversed)).isEqualTo(AssignmentPolicy.choose(city, couriers));
	}

	@Provide
	Arbitrary<String> cities() {
		return Arbitraries.of(CourierArbitraries.CITIES);
	}

	@Provide
	Arbitrary<List<Courier>> couriers() {
		return CourierArbitraries.couriers().list().ofMaxSize(12);
	}

}

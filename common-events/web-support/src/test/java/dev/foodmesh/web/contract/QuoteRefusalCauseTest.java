package dev.foodmesh.web.contract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuoteRefusalCauseTest {

	@ParameterizedTest(name = "{0}")
	@EnumSource(QuoteRefusalCause.class)
	void shouldReadEveryCauseByTheNameItIsWrittenAs(QuoteRefusalCause cause) {
		assertThat(QuoteRefusalCause.named(cause.name())).contains(cause);
	}

	@Test
	void shouldKnowNoOtherNameNorNone() {
		assertThat(QuoteRefusalCause.named("KITCHEN_ON_FIRE")).isEmpty();
		assertThat(QuoteRefusalCause.named("restaurant-closed")).isEmpty();
		assertThat(QuoteRefusalCause.named(null)).isEmpty();
	}

}

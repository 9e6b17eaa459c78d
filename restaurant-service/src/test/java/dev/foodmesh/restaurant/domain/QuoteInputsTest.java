package dev.foodmesh.restaurant.domain;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class QuoteInputsTest {

	@Test
	void shouldRefuseQuantitiesOutsideOneToFifty() {
		MenuItemId id = MenuItemId.newId();

		assertThatIllegalArgumentException().isThrownBy(() -> new OrderedItem(id, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new OrderedItem(id, 51));
	}

	@Test
	void shouldRefuseAnEmptyOrDuplicatedItemList() {
		OrderedItem once = new OrderedItem(MenuItemId.newId(), 1);

		assertThatIllegalArgumentException().isThrownBy(() -> new OrderedItems(List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new OrderedItems(List.of(once, once)));
	}

	@Test
	void shouldRefuseMoneyThatCannotBeAPrice() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(-1, "EUR"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "EURO"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Money(1, "EUR").plus(new Money(1, "USD")));
	}

	@Test
	void shouldFailLoudlyInsteadOfOverflowing() {
		Money huge = new Money(Long.MAX_VALUE / 2 + 1, "EUR");

		assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> huge.times(2));
	}

	@Test
	void shouldOnlyAcceptPricesInTheRestaurantCurrency() {
		Restaurant roma = RestaurantFixtures.anOpenRestaurant();

		assertThat(roma.checkPrice(new Money(950, "EUR"))).isEmpty();
		assertThat(roma.checkPrice(new Money(950, "USD")))
			.contains(new MenuItemRejection.CurrencyMismatch("EUR", "USD"));
	}

}

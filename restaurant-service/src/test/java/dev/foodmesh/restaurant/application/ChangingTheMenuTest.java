package dev.foodmesh.restaurant.application;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.MenuItemRejection;
import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantFixtures;
import dev.foodmesh.restaurant.domain.RestaurantId;

import static org.assertj.core.api.Assertions.assertThat;

class ChangingTheMenuTest {

	private final InMemoryRestaurants restaurants = new InMemoryRestaurants();

	private final InMemoryMenuItems menuItems = new InMemoryMenuItems();

	private final Restaurant roma = RestaurantFixtures.anOpenRestaurant();

	@Test
	void shouldAddAnItemPricedInTheRestaurantCurrency() {
		restaurants.add(roma).block();

		StepVerifier.create(add(new Money(990, "EUR")))
			.assertNext(result -> assertThat(result).isInstanceOf(MenuItemResult.Saved.class))
			.verifyComplete();
		StepVerifier.create(menuItems.onMenuOf(roma.id())).expectNextCount(1).verifyComplete();
	}

	@Test
	void shouldRefuseAForeignCurrencyAndWriteNothing() {
		restaurants.add(roma).block();

		StepVerifier.create(add(new Money(990, "USD")))
			.expectNext(new MenuItemResult.Rejected(new MenuItemRejection.CurrencyMismatch("EUR", "USD")))
			.verifyComplete();
		StepVerifier.create(menuItems.onMenuOf(roma.id())).verifyComplete();
	}

	@Test
	void shouldGiveNothingWhenAddingToAnUnknownRestaurant() {
		StepVerifier
			.create(new AddMenuItem(restaurants, menuItems)
				.add(new AddMenuItemCommand(RestaurantId.newId(), "Pasta", "", new Money(990, "EUR"), true)))
			.verifyComplete();
	}

	@Test
	void shouldRepriceAndWithdrawAnItem() {
		restaurants.add(roma).block();
		var saved = (MenuItemResult.Saved) add(new Money(990, "EUR")).block();
		var change = new ChangeMenuItemCommand(roma.id(), saved.item().id(), new Money(1090, "EUR"), false);

		StepVerifier.create(new ChangeMenuItem(restaurants, menuItems).change(change)).assertNext(result -> {
			var item = ((MenuItemResult.Saved) result).item();
			assertThat(item.price().amount()).isEqualTo(1090);
			assertThat(item.available()).isFalse();
		}).verifyComplete();
	}

	@Test
	void shouldGiveNothingForAnUnknownItem() {
		restaurants.add(roma).block();
		var change = new ChangeMenuItemCommand(roma.id(), MenuItemId.newId(), null, true);

		StepVerifier.create(new ChangeMenuItem(restaurants, menuItems).change(change)).verifyComplete();
	}

	private Mono<MenuItemResult> add(Money price) {
		return new AddMenuItem(restaurants, menuItems)
			.add(new AddMenuItemCommand(roma.id(), "Pasta", "Fresh", price, true));
	}

}

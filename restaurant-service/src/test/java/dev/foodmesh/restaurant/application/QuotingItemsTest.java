package dev.foodmesh.restaurant.application;

import java.util.List;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

import dev.foodmesh.restaurant.domain.MenuItem;
import dev.foodmesh.restaurant.domain.MenuItemId;
import dev.foodmesh.restaurant.domain.Money;
import dev.foodmesh.restaurant.domain.OrderedItem;
import dev.foodmesh.restaurant.domain.OrderedItems;
import dev.foodmesh.restaurant.domain.QuoteRejection;
import dev.foodmesh.restaurant.domain.QuoteResult;
import dev.foodmesh.restaurant.domain.Restaurant;
import dev.foodmesh.restaurant.domain.RestaurantFixtures;
import dev.foodmesh.restaurant.domain.RestaurantId;

import static dev.foodmesh.restaurant.domain.RestaurantFixtures.anAvailableItem;
import static dev.foodmesh.restaurant.domain.RestaurantFixtures.ordered;
import static org.assertj.core.api.Assertions.assertThat;

class QuotingItemsTest {

	private final InMemoryRestaurants restaurants = new InMemoryRestaurants();

	private final InMemoryMenuItems menuItems = new InMemoryMenuItems();

	private final QuoteItems quoteItems = new QuoteItems(new InMemoryRestaurantMenus(restaurants, menuItems));

	@Test
	void shouldPriceItemsOfTheRestaurant() {
		Restaurant roma = RestaurantFixtures.anOpenRestaurant();
		MenuItem margherita = anAvailableItem("Margherita", 950);
		restaurants.add(roma).then(menuItems.add(margherita)).block();

		StepVerifier.create(quoteItems.quote(command(roma.id(), ordered(margherita, 3))))
			.assertNext(result -> assertThat(((QuoteResult.Priced) result).quote().total().amount()).isEqualTo(2850))
			.verifyComplete();
	}

	@Test
	void shouldTreatAnotherRestaurantsItemAsUnknown() {
		Restaurant roma = RestaurantFixtures.anOpenRestaurant();
		Restaurant other = new Restaurant(RestaurantId.newId(), "Other", "Berlin", true, "EUR");
		MenuItem foreign = new MenuItem(MenuItemId.newId(), other.id(), "Foreign", "", new Money(100, "EUR"), true);
		restaurants.add(roma).then(restaurants.add(other)).then(menuItems.add(foreign)).block();

		StepVerifier.create(quoteItems.quote(command(roma.id(), ordered(foreign, 1))))
			.expectNext(new QuoteResult.Rejected(new QuoteRejection.UnknownMenuItem(foreign.id())))
			.verifyComplete();
	}

	@Test
	void shouldGiveNothingForAnUnknownRestaurant() {
		MenuItem margherita = anAvailableItem("Margherita", 950);

		StepVerifier.create(quoteItems.quote(command(RestaurantId.newId(), ordered(margherita, 1)))).verifyComplete();
	}

	private static QuoteItemsCommand command(RestaurantId id, OrderedItem... items) {
		return new QuoteItemsCommand(id, new OrderedItems(List.of(items)));
	}

}

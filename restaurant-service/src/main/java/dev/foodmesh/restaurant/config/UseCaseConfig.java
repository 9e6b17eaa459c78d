package dev.foodmesh.restaurant.config;

import dev.foodmesh.restaurant.application.AddMenuItem;
import dev.foodmesh.restaurant.application.ChangeMenuItem;
import dev.foodmesh.restaurant.application.ChangeRestaurant;
import dev.foodmesh.restaurant.application.MenuItems;
import dev.foodmesh.restaurant.application.QuoteItems;
import dev.foodmesh.restaurant.application.RegisterRestaurant;
import dev.foodmesh.restaurant.application.RestaurantMenus;
import dev.foodmesh.restaurant.application.RestaurantQueries;
import dev.foodmesh.restaurant.application.Restaurants;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The use cases are plain classes; this is the only place that knows how to build them.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfig {

	@Bean
	QuoteItems quoteItems(RestaurantMenus menus) {
		return new QuoteItems(menus);
	}

	@Bean
	RestaurantQueries restaurantQueries(Restaurants restaurants, MenuItems menuItems) {
		return new RestaurantQueries(restaurants, menuItems);
	}

	@Bean
	RegisterRestaurant registerRestaurant(Restaurants restaurants) {
		return new RegisterRestaurant(restaurants);
	}

	@Bean
	ChangeRestaurant changeRestaurant(Restaurants restaurants) {
		return new ChangeRestaurant(restaurants);
	}

	@Bean
	AddMenuItem addMenuItem(Restaurants restaurants, MenuItems menuItems) {
		return new AddMenuItem(restaurants, menuItems);
	}

	@Bean
	ChangeMenuItem changeMenuItem(Restaurants restaurants, MenuItems menuItems) {
		return new ChangeMenuItem(restaurants, menuItems);
	}

}

package dev.foodmesh.restaurant.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.foodmesh.restaurant.domain.QuoteRejection.MenuItemUnavailable;
import dev.foodmesh.restaurant.domain.QuoteRejection.RestaurantClosed;
import dev.foodmesh.restaurant.domain.QuoteRejection.UnknownMenuItem;

import static dev.foodmesh.restaurant.domain.RestaurantFixtures.aClosedRestaurant;
import static dev.foodmesh.restaurant.domain.RestaurantFixtures.anAvailableItem;
import static dev.foodmesh.restaurant.domain.RestaurantFixtures.anOpenRestaurant;
import static dev.foodmesh.restaurant.domain.RestaurantFixtures.anUnavailableItem;
import static dev.foodmesh.restaurant.domain.RestaurantFixtures.ordered;
import static org.assertj.core.api.Assertions.assertThat;

class QuotePricingTest {

	enum Kind {

		AVAILABLE, UNAVAILABLE, UNKNOWN

	}

	record Line(Kind kind, int quantity, long price) {
	}

	@Example
	void shouldPriceEachLineAndAddThemUp() {
		MenuItem margherita = anAvailableItem("Margherita", 950);
		MenuItem diavola = anAvailableItem("Diavola", 1150);

		QuoteResult result = Pricing.quote(anOpenRestaurant(), Menu.of(List.of(margherita, diavola)),
				new OrderedItems(List.of(ordered(margherita, 2), ordered(diavola, 1))));

		Quote quote = ((QuoteResult.Priced) result).quote();
		assertThat(quote.lines()).extracting(line -> line.lineTotal().amount()).containsExactly(1900L, 1150L);
		assertThat(quote.total()).isEqualTo(new Money(3050, "EUR"));
		assertThat(quote.restaurantCity()).isEqualTo("Berlin");
	}

	@Example
	void shouldNameTheUnknownItemEvenWhenAnEarlierOneIsUnavailable() {
		MenuItem tiramisu = anUnavailableItem("Tiramisu", 650);
		OrderedItem unknown = new OrderedItem(MenuItemId.newId(), 1);

		QuoteResult result = Pricing.quote(anOpenRestaurant(), Menu.of(List.of(tiramisu)),
				new OrderedItems(List.of(ordered(tiramisu, 1), unknown)));

		assertThat(result).isEqualTo(new QuoteResult.Rejected(new UnknownMenuItem(unknown.menuItemId())));
	}

	@Example
	void shouldRefuseAnyOrderAtAClosedRestaurant() {
		MenuItem soup = anAvailableItem("Soup", 500);

		QuoteResult result = Pricing.quote(aClosedRestaurant(), Menu.of(List.of(soup)),
				new OrderedItems(List.of(ordered(soup, 1))));

		assertThat(result).isEqualTo(new QuoteResult.Rejected(new RestaurantClosed(RestaurantFixtures.ROMA)));
	}

	/**
	 * Every order, against an oracle that applies the rules in their documented order.
	 */
	@Property(tries = 500)
	void shouldFollowTheRulesInOrderAndOtherwiseSumTheLines(@ForAll boolean open, @ForAll("lines") List<Line> lines) {
		Restaurant restaurant = open ? anOpenRestaurant() : aClosedRestaurant();
		List<MenuItemId> ids = IntStream.range(0, lines.size()).mapToObj(i -> new MenuItemId(new UUID(7, i))).toList();
		List<MenuItem> onMenu = IntStream.range(0, lines.size())
			.filter(i -> lines.get(i).kind() != Kind.UNKNOWN)
			.mapToObj(i -> new MenuItem(ids.get(i), restaurant.id(), "item " + i, "",
					new Money(lines.get(i).price(), "EUR"), lines.get(i).kind() == Kind.AVAILABLE))
			.toList();
		OrderedItems items = new OrderedItems(IntStream.range(0, lines.size())
			.mapToObj(i -> new OrderedItem(ids.get(i), lines.get(i).quantity()))
			.toList());

		QuoteResult result = Pricing.quote(restaurant, Menu.of(onMenu), items);

		Optional<QuoteRejection> expected = firstBrokenRule(restaurant, lines, ids);
		if (expected.isPresent()) {
			assertThat(result).isEqualTo(new QuoteResult.Rejected(expected.get()));
		}
		else {
			long total = lines.stream().mapToLong(line -> line.price() * line.quantity()).sum();
			assertThat(((QuoteResult.Priced) result).quote().total()).isEqualTo(new Money(total, "EUR"));
		}
	}

	@Property(tries = 200)
	void shouldNeverLetTheTotalDifferFromTheSumOfItsLines(@ForAll("lines") List<Line> lines) {
		List<MenuItem> menu = lines.stream().map(line -> anAvailableItem("dish", line.price())).toList();
		OrderedItems items = new OrderedItems(
				IntStream.range(0, lines.size()).mapToObj(i -> ordered(menu.get(i), lines.get(i).quantity())).toList());

		Quote quote = ((QuoteResult.Priced) Pricing.quote(anOpenRestaurant(), Menu.of(menu), items)).quote();

		long sum = quote.lines().stream().mapToLong(line -> line.unitPrice().amount() * line.quantity()).sum();
		assertThat(quote.total().amount()).isEqualTo(sum);
		assertThat(quote.lines()).extracting(Quote.QuoteLine::menuItemId)
			.containsExactlyElementsOf(items.menuItemIds());
	}

	/**
	 * The oracle: closed first, then the first unknown item, then the first unavailable
	 * one.
	 */
	private static Optional<QuoteRejection> firstBrokenRule(Restaurant restaurant, List<Line> lines,
			List<MenuItemId> ids) {
		if (!restaurant.open()) {
			return Optional.of(new RestaurantClosed(restaurant.id()));
		}
		Optional<QuoteRejection> unknown = firstOf(Kind.UNKNOWN, lines, ids).map(UnknownMenuItem::new);
		return unknown.or(() -> firstOf(Kind.UNAVAILABLE, lines, ids).map(MenuItemUnavailable::new));
	}

	private static Optional<MenuItemId> firstOf(Kind kind, List<Line> lines, List<MenuItemId> ids) {
		return IntStream.range(0, lines.size()).filter(i -> lines.get(i).kind() == kind).mapToObj(ids::get).findFirst();
	}

	@Provide
	Arbitrary<List<Line>> lines() {
		Arbitrary<Line> line = Combinators
			.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(1, 50),
					Arbitraries.longs().between(0, 10_000_000))
			.as(Line::new);
		return line.list().ofMinSize(1).ofMaxSize(OrderedItems.MAX_ITEMS);
	}

}

package dev.foodmesh.order.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.foodmesh.order.domain.OrderResult.Changed;
import dev.foodmesh.order.domain.PlacementRejection.Cause;

import static dev.foodmesh.order.domain.OrderFixtures.PLACED_AT;
import static dev.foodmesh.order.domain.OrderFixtures.margheritaForAlice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OrderPlacementTest {

	private final OrderDetails details = margheritaForAlice();

	private final RestaurantQuote priced = new RestaurantQuote.Priced("Berlin", this.details.lines(),
			this.details.total());

	@Test
	void shouldAwaitPaymentAndAnnounceThePlacement() {
		Changed placed = Order.place(OrderId.random(), this.details, PLACED_AT);

		assertThat(placed.next().status()).isEqualTo(OrderStatus.PAYMENT_PENDING);
		assertThat(placed.next().history())
			.containsExactly(new HistoryEntry(OrderStatus.PAYMENT_PENDING, null, PLACED_AT));
		assertThat(placed.events()).containsExactly(new OrderEvent.Placed(placed.next(), PLACED_AT));
	}

	@Test
	void shouldAcceptAnActiveCustomerWithAPricedQuote() {
		assertThat(OrderPlacementPolicy.check(new Customer.Registered(this.details.userId(), true), this.priced))
			.isEmpty();
	}

	@Test
	void shouldRejectAnUnknownUserBeforeLookingAtTheMenu() {
		RestaurantQuote closed = new RestaurantQuote.Refused(Cause.RESTAURANT_CLOSED, null);

		assertThat(OrderPlacementPolicy.check(new Customer.Unknown(this.details.userId()), closed))
			.contains(PlacementRejection.of(Cause.UNKNOWN_USER));
	}

	@Test
	void shouldRejectASuspendedUser() {
		assertThat(OrderPlacementPolicy.check(new Customer.Registered(this.details.userId(), false), this.priced))
			.contains(PlacementRejection.of(Cause.USER_SUSPENDED));
	}

	@Test
	void shouldRejectAnUnavailableItemNamingIt() {
		MenuItemId tiramisu = new MenuItemId(UUID.fromString("33333333-3333-4333-8333-333333333313"));
		RestaurantQuote refused = new RestaurantQuote.Refused(Cause.MENU_ITEM_UNAVAILABLE, tiramisu);

		assertThat(OrderPlacementPolicy.check(new Customer.Registered(this.details.userId(), true), refused))
			.contains(new PlacementRejection(Cause.MENU_ITEM_UNAVAILABLE, tiramisu));
	}

	@Test
	void shouldRefuseATotalThatIsNotTheSumOfTheLines() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OrderDetails(this.details.userId(), this.details.restaurantId(), "Berlin",
					this.details.lines(), new Money(1, "EUR"), this.details.deliveryAddress(), "tok_visa"));
	}

}

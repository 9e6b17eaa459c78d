package dev.foodmesh.order.it;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /orders} on the real database: newest first, exact totals for any page of a
 * customer's orders, and no page or count that reads further than 10,000 matches however
 * many there are.
 */
class OrderListIT extends OrderServiceITSupport {

	private static final int MANY = 10_001;

	@Test
	void shouldPageThroughACustomersOrdersNewestFirstWithExactTotals() {
		String user = UUID.randomUUID().toString();
		List<UUID> placed = List.of(place(user), place(user), place(user));

		Page first = page("userId=" + user + "&size=2");
		Page second = page("userId=" + user + "&size=2&page=1");
		Page beyond = page("userId=" + user + "&size=2&page=7");
		Page all = page("userId=" + user + "&size=3");

		assertThat(first.ids()).containsExactly(placed.get(2), placed.get(1));
		assertThat(second.ids()).containsExactly(placed.get(0));
		assertThat(beyond.ids()).isEmpty();
		assertThat(List.of(first, second, beyond, all))
			.allSatisfy((page) -> assertThat(page.totalItems()).isEqualTo(3));
		assertThat(first.totalPages()).isEqualTo(2);
		assertThat(all.totalPages()).isEqualTo(1);
		assertThat(page("userId=" + user + "&status=DELIVERED").totalItems()).isZero();
	}

	@Test
	void shouldCountNoFurtherThanPagesReach() {
		String user = UUID.randomUUID().toString();
		seedDeliveredOrders(user, MANY);

		Page first = page("userId=" + user + "&size=100");
		Page last = page("userId=" + user + "&size=100&page=99");

		assertThat(first.totalItems()).isEqualTo(10_000);
		assertThat(first.totalPages()).isEqualTo(100);
		assertThat(last.items()).hasSize(100);
		assertThat(last.totalItems()).isEqualTo(10_000);
		client().get()
			.uri("/orders?userId={user}&size=100&page=100", user)
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[0].field")
			.isEqualTo("page");
	}

	private UUID place(String user) {
		return post(UUID.randomUUID().toString(), order(user)).expectStatus()
			.isCreated()
			.expectBody(OrderJson.class)
			.returnResult()
			.getResponseBody()
			.id();
	}

	private Page page(String query) {
		return client().get()
			.uri("/orders?" + query)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(Page.class)
			.returnResult()
			.getResponseBody();
	}

	/**
	 * Delivered orders (so that no timeout scan picks them up), one line and one history
	 * entry each, one second apart.
	 */
	private void seedDeliveredOrders(String user, int count) {
		this.db
			.sql("""
					with seeded as (
					  insert into orders (id, user_id, restaurant_id, restaurant_city, total_amount, currency, street, city,
					    postal_code, payment_token, status, created_at, updated_at)
					  select gen_random_uuid(), :user, :restaurant, 'Berlin', 950, 'EUR', 'Unter den Linden 1', 'Berlin',
					    '10117', 'tok_visa', 'DELIVERED', now() - make_interval(secs => i), now() - make_interval(secs => i)
					  from generate_series(1, :count) as i
					  returning id, created_at),
					lines as (
					  insert into order_lines (order_id, line_no, menu_item_id, name, quantity, unit_price, line_total)
					  select id, 1, :item, 'Margherita', 1, 950, 950 from seeded)
					insert into order_history (order_id, seq, status, at) select id, 0, 'DELIVERED', created_at from seeded""")
			.bind("user", UUID.fromString(user))
			.bind("restaurant", UUID.fromString(DependencyStubs.PIZZERIA_ROMA))
			.bind("item", UUID.fromString(DependencyStubs.MARGHERITA))
			.bind("count", count)
			.fetch()
			.rowsUpdated()
			.block();
	}

	record Page(List<Item> items, int page, int size, long totalItems, int totalPages) {

		record Item(UUID id) {
		}

		List<UUID> ids() {
			return this.items.stream().map(Item::id).toList();
		}

	}

}

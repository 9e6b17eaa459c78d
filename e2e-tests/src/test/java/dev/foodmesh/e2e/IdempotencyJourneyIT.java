package dev.foodmesh.e2e;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import dev.foodmesh.e2e.support.Fleet;
import dev.foodmesh.e2e.support.HttpResult;
import dev.foodmesh.e2e.support.Journey;
import dev.foodmesh.e2e.support.JourneyTest;
import dev.foodmesh.e2e.support.Json;
import dev.foodmesh.e2e.support.OrderRequest.Line;
import dev.foodmesh.e2e.support.OrderRequest;

import static dev.foodmesh.e2e.support.DemoData.CARD_DECLINED;
import static dev.foodmesh.e2e.support.DemoData.CAROL;
import static dev.foodmesh.e2e.support.DemoData.MARGHERITA;
import static dev.foodmesh.e2e.support.OrderRequest.pizzaInBerlin;
import static dev.foodmesh.e2e.support.OrderStatus.CANCELLED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Journey 7: {@code POST /orders} is idempotent per {@code Idempotency-Key}. The orders
 * use a declining card so that they settle at once and hold no courier.
 */
@JourneyTest
@Order(4)
class IdempotencyJourneyIT extends Journey {

	IdempotencyJourneyIT(Fleet fleet) {
		super(fleet);
	}

	@Test
	void shouldAnswerARetryWithTheSameKeyAndBodyWithTheSameOrder() {
		OrderRequest order = carolsDeclinedPizza();
		String key = UUID.randomUUID().toString();
		long ordersBefore = this.foodMesh.orderCount(CAROL);

		HttpResult first = this.foodMesh.place(order, key);
		HttpResult retry = this.foodMesh.place(order, key);

		assertThat(first.status()).as("%s", first).isEqualTo(201);
		assertThat(retry.status()).as("%s", retry).isIn(200, 201);
		UUID orderId = UUID.fromString(Json.text(first.json(), "id"));
		assertThat(Json.text(retry.json(), "id")).as("%s", retry).isEqualTo(orderId.toString());
		assertThat(this.foodMesh.orderCount(CAROL)).isEqualTo(ordersBefore + 1);
		this.foodMesh.awaitStatus(orderId, CANCELLED);
		assertThat(this.foodMesh.payments(orderId)).as("payment attempts").hasSize(1);
	}

	@Test
	void shouldPlaceOneOrderForConcurrentRetriesWithTheSameKey() {
		OrderRequest order = carolsDeclinedPizza();
		String key = UUID.randomUUID().toString();
		long ordersBefore = this.foodMesh.orderCount(CAROL);

		List<HttpResult> answers;
		try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
			List<CompletableFuture<HttpResult>> sent = IntStream.range(0, 4)
				.mapToObj((i) -> CompletableFuture.supplyAsync(() -> this.foodMesh.place(order, key), clients))
				.toList();
			answers = sent.stream().map(CompletableFuture::join).toList();
		}

		// a retry that meets the first request still in flight may be told to retry (409)
		// but never gets a 2nd order
		assertThat(answers).as("%s", answers).allSatisfy((answer) -> assertThat(answer.status()).isIn(200, 201, 409));
		List<String> ids = answers.stream()
			.filter((answer) -> answer.status() < 300)
			.map((answer) -> Json.text(answer.json(), "id"))
			.distinct()
			.toList();
		assertThat(ids).as("%s", answers).hasSize(1);
		assertThat(this.foodMesh.orderCount(CAROL)).isEqualTo(ordersBefore + 1);
		this.foodMesh.awaitStatus(UUID.fromString(ids.get(0)), CANCELLED);
	}

	@Test
	void shouldRefuseTheSameKeyWithAnotherBody() {
		String key = UUID.randomUUID().toString();
		HttpResult first = this.foodMesh.place(carolsDeclinedPizza(), key);
		assertThat(first.status()).as("%s", first).isEqualTo(201);
		long ordersBefore = this.foodMesh.orderCount(CAROL);

		HttpResult reused = this.foodMesh.place(carolsDeclinedPizza().withItems(new Line(MARGHERITA, 5)), key);

		assertThat(reused.status()).as("%s", reused).isEqualTo(422);
		assertThat(reused.mediaType()).as("%s", reused).isEqualTo("application/problem+json");
		assertThat(reused.body()).as("%s", reused).containsIgnoringCase("idempotency");
		assertThat(this.foodMesh.orderCount(CAROL)).isEqualTo(ordersBefore);
		this.foodMesh.awaitStatus(UUID.fromString(Json.text(first.json(), "id")), CANCELLED);
	}

	private static OrderRequest carolsDeclinedPizza() {
		return pizzaInBerlin().by(CAROL).paidWith(CARD_DECLINED);
	}

}

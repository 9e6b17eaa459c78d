package dev.foodmesh.delivery.persistence;

import static dev.foodmesh.delivery.persistence.Binder.bind;

import java.util.UUID;

import io.r2dbc.spi.Readable;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.delivery.application.DeliveryDetails;
import dev.foodmesh.delivery.application.DeliveryQueries;
import dev.foodmesh.delivery.application.Page;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.delivery.domain.DeliveryId;
import dev.foodmesh.delivery.domain.OrderId;

@Repository
class R2dbcDeliveryQueries implements DeliveryQueries {

	private static final String WITH_COURIER = """
			select d.*, c.name as courier_name from deliveries d left join couriers c on c.id = d.courier_id""";

	private static final String OF_ORDER = " where (:orderId::uuid is null or d.order_id = :orderId)";

	private final DatabaseClient database;

	R2dbcDeliveryQueries(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<DeliveryDetails> find(DeliveryId id) {
		return database.sql(WITH_COURIER + " where d.id = :id")
			.bind("id", id.value())
			.map(R2dbcDeliveryQueries::details)
			.one();
	}

	@Override
	public Mono<Page<DeliveryDetails>> find(@Nullable OrderId orderId, PageRequest page) {
		@Nullable UUID order = (orderId != null) ? orderId.value() : null;
		Mono<Long> total = bind(database.sql("select count(*) from deliveries d" + OF_ORDER), "orderId", order,
				UUID.class)
			.map(row -> row.get(0, Long.class))
			.one();
		Flux<DeliveryDetails> items = bind(database
			.sql(WITH_COURIER + OF_ORDER + " order by d.requested_at desc, d.id" + " limit :limit offset :offset"),
				"orderId", order, UUID.class)
			.bind("limit", page.size())
			.bind("offset", page.offset())
			.map(R2dbcDeliveryQueries::details)
			.all();
		return Paging.page(items, total, page);
	}

	private static DeliveryDetails details(Readable row) {
		return new DeliveryDetails(DeliveryRow.read(row).toDomain(), row.get("courier_name", String.class));
	}

}

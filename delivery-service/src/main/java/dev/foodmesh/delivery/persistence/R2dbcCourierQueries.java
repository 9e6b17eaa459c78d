package dev.foodmesh.delivery.persistence;

import static dev.foodmesh.delivery.persistence.Binder.bind;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

import dev.foodmesh.delivery.application.CourierQueries;
import dev.foodmesh.delivery.application.Page;
import dev.foodmesh.delivery.application.PageRequest;
import dev.foodmesh.delivery.domain.Courier;
import dev.foodmesh.delivery.domain.CourierId;

@Repository
class R2dbcCourierQueries implements CourierQueries {

	private static final String IN_CITY = " where (:city::text is null or city = :city)";

	private final DatabaseClient database;

	R2dbcCourierQueries(DatabaseClient database) {
		this.database = database;
	}

	@Override
	public Mono<Courier> find(CourierId id) {
		return database.sql("select * from couriers where id = :id").bind("id", id.value()).map(CourierRow::read).one();
	}

	@Override
	public Mono<Page<Courier>> find(@Nullable String city, PageRequest page) {
		Mono<Long> total = bind(database.sql("select count(*) from couriers" + IN_CITY), "city", city, String.class)
			.map(row -> row.get(0, Long.class))
			.one();
		Flux<Courier> items = bind(database
			.sql("select * from couriers" + IN_CITY + " order by city, name, id" + " limit :limit offset :offset"),
				"city", city, String.class)
			.bind("limit", page.size())
			.bind("offset", page.offset())
			.map(CourierRow::read)
			.all();
		return Paging.page(items, total, page);
	}

}

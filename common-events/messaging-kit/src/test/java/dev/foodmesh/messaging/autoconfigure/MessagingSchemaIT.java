package dev.foodmesh.messaging.autoconfigure;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.messaging.testapp.KitIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@KitIntegrationTest
class MessagingSchemaIT {

	@Autowired
	private DatabaseClient database;

	@Autowired
	private Flyway serviceFlyway;

	@Test
	void shouldKeepTheKitsMigrationsInAHistoryOfTheirOwn() {
		assertThat(texts("select version || ':' || success from messaging_kit_schema_history order by installed_rank"))
			.containsExactly("0:true", "1:true", "2:true", "3:true");
		assertThat(texts("select script from flyway_schema_history order by installed_rank"))
			.containsExactly("V1__ledger.sql", "V2__traced_rows.sql");
		assertThat(texts("select tgname from pg_trigger where tgrelid = 'outbox'::regclass"))
			.containsExactly("outbox_notify");
	}

	@Test
	void shouldFindNothingToDoOnTheNextStart() {
		new MessagingSchema(this.serviceFlyway).afterPropertiesSet();

		assertThat(texts("select version from messaging_kit_schema_history order by installed_rank"))
			.containsExactly("0", "1", "2", "3");
	}

	private List<String> texts(String sql) {
		return this.database.sql(sql).map((row) -> row.get(0, String.class)).all().collectList().block();
	}

}

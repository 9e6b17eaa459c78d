package dev.foodmesh.messaging;

import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

import dev.foodmesh.messaging.envelope.TraceParent;
import dev.foodmesh.messaging.testapp.KitIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@KitIntegrationTest
class KeptTracesIT {

	private static final TraceParent CREATING = new TraceParent(
			"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "vendor=1");

	private static final TraceParent LATER = new TraceParent("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
			null);

	@Autowired
	private DatabaseClient database;

	private KeptTraces kept;

	private final UUID id = UUID.randomUUID();

	@BeforeEach
	void insertARowWithoutTrace() {
		this.kept = new KeptTraces(this.database, "traced_rows", "id");
		this.database.sql("insert into traced_rows (id) values (:id)").bind("id", this.id).then().block();
	}

	@Test
	void shouldKeepTheFirstTraceAndIgnoreLaterOnes() {
		this.kept.keep(this.id, CREATING).then(this.kept.keep(this.id, LATER)).block();

		assertThat(this.kept.of(this.id).block()).contains(CREATING);
	}

	@Test
	void shouldKeepTheCurrentTraceOfTheReactorContextAndNothingWithoutOne() {
		UUID other = UUID.randomUUID();
		this.database.sql("insert into traced_rows (id) values (:id)").bind("id", other).then().block();

		this.kept.keepCurrent(this.id).contextWrite(LATER::putInto).block();
		this.kept.keepCurrent(other).block();

		assertThat(this.kept.of(this.id).block()).contains(LATER);
		assertThat(this.kept.of(other).block()).isEmpty();
		assertThat(this.kept.of(UUID.randomUUID()).block()).as("no such row").isEqualTo(Optional.empty());
	}

	@Test
	void shouldContinueTheKeptTraceForWorkWithNoTraceAroundIt() {
		this.kept.keep(this.id, CREATING).block();

		Optional<TraceParent> seen = Traces
			.outsideAnyTrace(() -> this.kept.inTraceOf(this.id, "timer", Traces.current()))
			.block();

		assertThat(seen).map(TraceParent::traceparent)
			.hasValueSatisfying((traceparent) -> assertThat(traceparent).contains("4bf92f3577b34da6a3ce929d0e0e4736"));
	}

	@Test
	void shouldLeaveWorkInTheTraceAroundIt() {
		this.kept.keep(this.id, CREATING).block();

		Optional<TraceParent> seen = this.kept.inTraceOf(this.id, "handler", Traces.current())
			.contextWrite(LATER::putInto)
			.block();

		assertThat(seen).contains(LATER);
	}

	@Test
	void shouldRunWorkWithoutATraceWhenTheRowKeepsNone() {
		Optional<TraceParent> seen = Traces
			.outsideAnyTrace(() -> this.kept.inTraceOf(this.id, "timer", Traces.current()))
			.block();

		assertThat(seen).isEmpty();
	}

}

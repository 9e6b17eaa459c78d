package dev.foodmesh.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.foodmesh.events.Topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InfrastructureIT {

	@Test
	void shouldRunPostgres18() throws SQLException {
		Database database = TestInfrastructure.database("order-service");

		try (Connection connection = connect(database);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select version()")) {
			result.next();

			assertThat(result.getString(1)).startsWith("PostgreSQL 18.");
		}
	}

	@ParameterizedTest
	@EnumSource(FoodMeshService.class)
	void shouldLetEachServiceRoleOwnItsDatabase(FoodMeshService service) throws SQLException {
		Database database = TestInfrastructure.database(service.serviceName());

		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			statement.execute("create table if not exists probe (id int primary key)");
			try (ResultSet result = statement
				.executeQuery("select current_user, current_database(), pg_get_userbyid(datdba) from pg_database "
						+ "where datname = current_database()")) {
				result.next();

				assertThat(result.getString(1)).isEqualTo(service.databaseName());
				assertThat(result.getString(2)).isEqualTo(service.databaseName());
				assertThat(result.getString(3)).isEqualTo(service.databaseName());
			}
		}
	}

	@Test
	void shouldCreateExtraDatabasesOnDemandAndIdempotently() throws SQLException {
		Database first = TestInfrastructure.database("messaging-kit");
		Database again = TestInfrastructure.postgres().createDatabase("foodmesh_messaging_kit");

		assertThat(first).isEqualTo(again);
		assertThat(first.name()).isEqualTo("foodmesh_messaging_kit");
		assertThat(first.r2dbcUrl())
			.isEqualTo("r2dbc:postgresql://localhost:" + first.port() + "/foodmesh_messaging_kit");
		try (Connection connection = connect(first)) {
			assertThat(connection.isValid(2)).isTrue();
		}
	}

	@Test
	void shouldCreateEveryTopicWithTheConfiguredPartitions() {
		KafkaBroker kafka = TestInfrastructure.kafka();

		kafka.createTopics(FoodMeshTopics.DEFAULT_PARTITIONS);

		assertThat(kafka.topicNames()).containsAll(FoodMeshTopics.all());
		assertThat(kafka.partitionCounts(FoodMeshTopics.all())).hasSize(6)
			.allSatisfy((topic, partitions) -> assertThat(partitions).isEqualTo(FoodMeshTopics.DEFAULT_PARTITIONS));
	}

	@Test
	void shouldRefuseToCreateTopicsImplicitly() {
		String topic = "implicit-" + UUID.randomUUID();
		try (KafkaProducer<String, String> producer = producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000))) {
			assertThat(producer.send(new ProducerRecord<>(topic, "k", "v"))).failsWithin(Duration.ofSeconds(10));
		}

		assertThat(TestInfrastructure.kafka().topicNames()).doesNotContain(topic);
	}

	@Test
	void shouldDeliverARecordFromProducerToConsumer() throws Exception {
		String orderId = UUID.randomUUID().toString();
		try (KafkaProducer<String, String> producer = producer(Map.of())) {
			producer.send(new ProducerRecord<>(Topics.ORDER_EVENTS, orderId, "{\"orderId\":\"" + orderId + "\"}"))
				.get();
		}

		List<ConsumerRecord<String, String>> received = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
						ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-it-" + orderId,
						ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
				new StringDeserializer(), new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.ORDER_EVENTS));
			await().atMost(Duration.ofSeconds(30)).until(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(received::add);
				return received.stream().anyMatch((record) -> record.key().equals(orderId));
			});
		}

		assertThat(received).filteredOn((record) -> record.key().equals(orderId))
			.singleElement()
			.satisfies((record) -> assertThat(record.value()).contains(orderId));
	}

	private static KafkaProducer<String, String> producer(Map<String, Object> overrides) {
		Map<String, Object> config = new java.util.HashMap<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.bootstrapServers(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true));
		config.putAll(overrides);
		return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
	}

	private static Connection connect(Database database) throws SQLException {
		return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
	}

}

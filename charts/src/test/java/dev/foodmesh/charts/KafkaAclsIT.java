package dev.foodmesh.charts;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.foodmesh.infra.FreePorts;
import dev.foodmesh.infra.KafkaServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 10, item 3, proven on a real broker: a KRaft broker in this JVM with the SASL and
 * authorizer settings of the chart's rendered {@code server.properties}, prepared exactly
 * as the rendered topics Job prepares the bundled one (its client settings, topics, SCRAM
 * credentials and ACL lines, applied with the Admin client), and then used with the Kafka
 * settings the chart gives each service (its ConfigMap and its Deployment's JAAS line).
 */
class KafkaAclsIT {

	private static final String BROKER_PASSWORD = "broker-secret";

	private static final String ADMIN_PASSWORD = "admin-secret";

	private static RenderedChart chart;

	private static KafkaServer kafka;

	@BeforeAll
	static void startTheBrokerAsTheChartConfiguresIt() throws Exception {
		chart = RenderedChart.of("default");
		RenderedKafkaSecurity security = RenderedKafkaSecurity.of(chart);
		int port = FreePorts.find();
		int controllerPort = FreePorts.find();
		KafkaServer.Builder builder = KafkaServer.builder().port(port).controllerPort(controllerPort);
		securitySettings().forEach(builder::property);
		builder.property("listeners", "CLIENT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort)
			.property("advertised.listeners", "CLIENT://127.0.0.1:" + port);
		properties(security.clientProperties().replace("${KAFKA_ADMIN_PASSWORD}", ADMIN_PASSWORD))
			.forEach((name, value) -> builder.clientProperty((String) name, value));
		kafka = builder.start();
		prepareAsTheTopicsJob(security);
	}

	@AfterAll
	static void stop() {
		if (kafka != null) {
			kafka.close();
		}
	}

	@Test
	void shouldLetPaymentWriteItsOwnTopicAndTheDeadLettersOfWhatItReads() throws Exception {
		send("payment-service", "foodmesh.payment.events.v1");
		send("payment-service", "foodmesh.order.events.v1.dlt");
	}

	@Test
	void shouldRefusePaymentWriteOnOrdersTopic() {
		assertThat(failureOf(() -> send("payment-service", "foodmesh.order.events.v1")))
			.isInstanceOf(TopicAuthorizationException.class);
		assertThat(failureOf(() -> send("delivery-service", "foodmesh.payment.events.v1")))
			.isInstanceOf(TopicAuthorizationException.class);
	}

	@Test
	void shouldLetPaymentReadOrdersInItsOwnGroupOnly() throws Exception {
		send("order-service", "foodmesh.order.events.v1");

		try (KafkaConsumer<String, String> consumer = consumer("payment-service", "payment-service")) {
			consumer.subscribe(List.of("foodmesh.order.events.v1"));
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			int read = 0;
			while (read == 0 && System.nanoTime() < deadline) {
				read = consumer.poll(Duration.ofMillis(500)).count();
			}
			assertThat(read).isPositive();
		}
		try (KafkaConsumer<String, String> consumer = consumer("payment-service", "order-service")) {
			consumer.subscribe(List.of("foodmesh.order.events.v1"));
			assertThatThrownBy(() -> pollFor(consumer, Duration.ofSeconds(30)))
				.isInstanceOf(GroupAuthorizationException.class);
		}
	}

	@Test
	void shouldRefuseAWrongPassword() {
		Map<String, Object> settings = clientSettings("payment-service");
		settings.put("sasl.jaas.config",
				String.valueOf(settings.get("sasl.jaas.config")).replace(password("payment-service"), "guess"));
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings(settings))) {
			assertThat(failureOf(() -> producer.send(new ProducerRecord<>("foodmesh.payment.events.v1", "k", "v"))
				.get(30, TimeUnit.SECONDS))).isInstanceOf(SaslAuthenticationException.class);
		}
	}

	/** What the call threw, unwrapped from a producer future's ExecutionException. */
	private static Throwable failureOf(ThrowingCallable call) {
		Throwable thrown = catchThrowable(call);
		assertThat(thrown).as("refused").isNotNull();
		return (thrown instanceof ExecutionException) ? thrown.getCause() : thrown;
	}

	/**
	 * The rendered broker settings that authenticate and authorise (listeners and ports
	 * are this test's own).
	 */
	private static Map<String, String> securitySettings() {
		String rendered = String
			.valueOf(Yamls.map(chart.get("ConfigMap", "foodmesh-kafka"), "data").get("server.properties"))
			.replace("@BROKER_PASSWORD@", BROKER_PASSWORD)
			.replace("@ADMIN_PASSWORD@", ADMIN_PASSWORD);
		Map<String, String> settings = new HashMap<>();
		properties(rendered).forEach((name, value) -> {
			String key = (String) name;
			if (key.startsWith("listener.") || key.startsWith("sasl.") || key.startsWith("authorizer.")
					|| key.startsWith("allow.everyone") || key.equals("super.users") || key.endsWith(".listener.name")
					|| key.equals("controller.listener.names")) {
				settings.put(key, (String) value);
			}
		});
		return settings;
	}

	/**
	 * What the topics Job's script does, in its order: topics, SCRAM credentials, ACLs.
	 */
	private static void prepareAsTheTopicsJob(RenderedKafkaSecurity security) throws Exception {
		kafka.admin()
			.createTopics(security.topics()
				.entrySet()
				.stream()
				.map((t) -> new NewTopic(t.getKey(), t.getValue(), (short) 1))
				.toList())
			.all()
			.get(30, TimeUnit.SECONDS);
		kafka.admin()
			.alterUserScramCredentials(security.scramPasswordVariables()
				.keySet()
				.stream()
				.<UserScramCredentialAlteration>map((user) -> new UserScramCredentialUpsertion(user,
						new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password(user)))
				.toList())
			.all()
			.get(30, TimeUnit.SECONDS);
		List<AclBinding> acls = security.acls().stream().map(KafkaAclsIT::binding).toList();
		kafka.admin().createAcls(acls).all().get(30, TimeUnit.SECONDS);
		// the broker answers DescribeAcls from its own authorizer: once it lists them
		// all, it enforces them all (and the SCRAM credentials, earlier in the same
		// metadata log, are in place too)
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (kafka.admin().describeAcls(AclBindingFilter.ANY).values().get(30, TimeUnit.SECONDS).size() < acls
			.size()) {
			assertThat(System.nanoTime()).as("the broker's authorizer has every ACL").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	private static AclBinding binding(RenderedKafkaSecurity.Acl acl) {
		ResourceType type = acl.resourceType().equals("group") ? ResourceType.GROUP : ResourceType.TOPIC;
		return new AclBinding(new ResourcePattern(type, acl.name(), PatternType.LITERAL), new AccessControlEntry(
				"User:" + acl.principal(), "*", AclOperation.fromString(acl.operation()), AclPermissionType.ALLOW));
	}

	private static void send(String service, String topic) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings(clientSettings(service)))) {
			producer.send(new ProducerRecord<>(topic, "order-1", "{}")).get(30, TimeUnit.SECONDS);
		}
	}

	private static KafkaConsumer<String, String> consumer(String service, String group) {
		Map<String, Object> settings = clientSettings(service);
		settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
		settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		return new KafkaConsumer<>(settings);
	}

	private static void pollFor(KafkaConsumer<String, String> consumer, Duration duration) {
		long deadline = System.nanoTime() + duration.toNanos();
		while (System.nanoTime() < deadline) {
			consumer.poll(Duration.ofMillis(500));
		}
	}

	private static Map<String, Object> producerSettings(Map<String, Object> settings) {
		settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
		// as the kit's producer: idempotent, all in-sync replicas (an idempotent producer
		// needs no cluster ACL)
		settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		settings.put(ProducerConfig.ACKS_CONFIG, "all");
		settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
		return settings;
	}

	/**
	 * The client settings the chart gives the service: its ConfigMap and its Deployment's
	 * JAAS line.
	 */
	private static Map<String, Object> clientSettings(String service) {
		Map<String, Object> env = Yamls.map(chart.get("ConfigMap", service), "data");
		String jaas = String
			.valueOf(KafkaAclsTest.env(chart.get("Deployment", service))
				.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")
				.get("value"))
			.replace("$(FOODMESH_KAFKA_PASSWORD)", password(service));
		Map<String, Object> settings = new HashMap<>();
		settings.put("bootstrap.servers", kafka.bootstrapServers());
		settings.put("security.protocol", env.get("SPRING_KAFKA_SECURITY_PROTOCOL"));
		settings.put("sasl.mechanism", env.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM"));
		settings.put("sasl.jaas.config", jaas);
		return settings;
	}

	private static String password(String service) {
		return "pw-" + service;
	}

	private static Properties properties(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}

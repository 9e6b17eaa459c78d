package dev.foodmesh.messaging.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.dao.TransientDataAccessResourceException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.kafka.receiver.ReceiverOffset;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.kafka.sender.SenderRecord;
import reactor.test.StepVerifier;
import reactor.util.retry.Retry;

import dev.foodmesh.events.Money;
import dev.foodmesh.events.payment.PaymentAuthorizedEvent;
import dev.foodmesh.events.payment.PaymentIntegrationEvent;
import dev.foodmesh.messaging.autoconfigure.MessagingProperties;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.envelope.EventDecoder;
import dev.foodmesh.messaging.envelope.EventJson;
import dev.foodmesh.messaging.kafka.RecordSender;

import static dev.foodmesh.messaging.consumer.IdempotentApplier.Outcome.APPLIED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The batch path contains every failure: whatever goes wrong while a batch is processed
 * ends in applied, retried or dead-lettered records, and {@link BatchProcessor#process}
 * completes (then acknowledges) instead of failing the consumer.
 */
class BatchProcessorTest {

	private static final String TOPIC = "foodmesh.payment.events.v1";

	private static final String AUTHORIZED = "dev.foodmesh.payment.authorized.v1";

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final EventJson json = new EventJson();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ConsumerMetrics metrics = new ConsumerMetrics(this.registry, "kit-test", TOPIC,
			PaymentIntegrationEvent.class);

	@SuppressWarnings("unchecked")
	private final IdempotentApplier<PaymentIntegrationEvent> applier = mock(IdempotentApplier.class);

	private final RecordSender sender = mock(RecordSender.class);

	private final List<SenderRecord<byte[], byte[], ?>> deadLettered = new CopyOnWriteArrayList<>();

	private final UUID orderId = UUID.randomUUID();

	@Test
	void shouldProcessTheRecordsOfABatchOneByOneWhenTheBatchFailsForNoRecordsFault() {
		List<ReceiverRecord<byte[], byte[]>> batch = List.of(good(0), good(1), good(2));
		// a defect of the batch path, thrown while the work is assembled: every batch of
		// more than one event fails
		List<Integer> sizes = new CopyOnWriteArrayList<>();
		when(this.applier.apply(anyList())).thenAnswer((call) -> {
			List<?> events = call.getArgument(0);
			sizes.add(events.size());
			if (events.size() > 1) {
				throw new IllegalStateException("simulated defect of the batch path");
			}
			return Mono.just(List.of(APPLIED));
		});
		acceptDeadLetters();

		StepVerifier.create(processor(new EventDecoder(this.json)).process(batch)).expectComplete().verify(TIMEOUT);

		assertThat(sizes).as("events per transaction").endsWith(1, 1, 1).doesNotContain(2);
		assertThat(this.deadLettered).isEmpty();
		batch.forEach((record) -> verify(record.receiverOffset()).acknowledge());
	}

	@Test
	void shouldRetryATransientFailureRecordByRecordSoTheOthersAreAppliedOnce() {
		ReceiverRecord<byte[], byte[]> flaky = good(1);
		List<ReceiverRecord<byte[], byte[]>> batch = List.of(good(0), flaky, good(2));
		// the provider behind the flaky record fails its first three calls; the others'
		// calls always succeed
		AtomicInteger flakyCalls = new AtomicInteger();
		Map<Long, Integer> attemptsPerOffset = new ConcurrentHashMap<>();
		List<Long> committed = new CopyOnWriteArrayList<>();
		when(this.applier.apply(anyList())).thenAnswer((call) -> {
			List<Inbound.Decoded<?>> events = call.getArgument(0);
			events.forEach((decoded) -> attemptsPerOffset.merge(decoded.record().offset(), 1, Integer::sum));
			if (events.stream().anyMatch((decoded) -> decoded.record() == flaky) && flakyCalls.incrementAndGet() <= 3) {
				return Mono.error(new TransientDataAccessResourceException("simulated provider outage"));
			}
			events.forEach((decoded) -> committed.add(decoded.record().offset()));
			return Mono.just(events.stream().map((decoded) -> APPLIED).toList());
		});

		StepVerifier.create(processor(new EventDecoder(this.json)).process(batch)).expectComplete().verify(TIMEOUT);

		assertThat(committed).as("committed, in offset order").containsExactly(0L, 1L, 2L);
		assertThat(attemptsPerOffset).as("attempts per offset: the good ones in the failed batch and then alone")
			.containsEntry(0L, 2)
			.containsEntry(2L, 2)
			.containsEntry(1L, 4);
		assertThat(this.deadLettered).isEmpty();
		batch.forEach((record) -> verify(record.receiverOffset()).acknowledge());
	}

	@Test
	void shouldDeadLetterARecordThatStillFailsOnItsOwnAndApplyTheOthers() {
		ReceiverRecord<byte[], byte[]> broken = good(1);
		List<ReceiverRecord<byte[], byte[]>> batch = List.of(good(0), broken, good(2));
		AtomicInteger applied = new AtomicInteger();
		when(this.applier.apply(anyList())).thenAnswer((call) -> {
			List<Inbound.Decoded<?>> events = call.getArgument(0);
			if (events.stream().anyMatch((decoded) -> decoded.record() == broken)) {
				throw new IllegalStateException("simulated defect for one record");
			}
			applied.addAndGet(events.size());
			return Mono.just(events.stream().map((decoded) -> APPLIED).toList());
		});
		acceptDeadLetters();

		StepVerifier.create(processor(new EventDecoder(this.json)).process(batch)).expectComplete().verify(TIMEOUT);

		assertThat(applied).hasValue(2);
		assertThat(this.deadLettered).hasSize(1);
		assertThat(error(this.deadLettered.get(0)))
			.isEqualTo("java.lang.IllegalStateException: simulated defect for one record");
		assertThat(offset(this.deadLettered.get(0))).isEqualTo("1");
		batch.forEach((record) -> verify(record.receiverOffset()).acknowledge());
	}

	@Test
	void shouldDeadLetterARecordTheDecoderFailsOnWithAnUnexpectedException() {
		EventDecoder decoder = mock(EventDecoder.class);
		when(decoder.decode(any(), eq(PaymentIntegrationEvent.class)))
			.thenThrow(new NullPointerException("simulated decoder defect"));
		ReceiverRecord<byte[], byte[]> record = good(0);
		acceptDeadLetters();

		StepVerifier.create(processor(decoder).process(List.of(record))).expectComplete().verify(TIMEOUT);

		assertThat(this.deadLettered).singleElement()
			.satisfies((deadLetter) -> assertThat(error(deadLetter))
				.isEqualTo("java.lang.NullPointerException: simulated decoder defect"));
		verify(record.receiverOffset()).acknowledge();
	}

	@Test
	void shouldRetryAFailingDeadLetterSendUntilKafkaTakesItAndOnlyThenAcknowledge() {
		ReceiverRecord<byte[], byte[]> poison = record(0, this.orderId.toString().getBytes(StandardCharsets.UTF_8),
				"null".getBytes(StandardCharsets.UTF_8));
		ReceiverRecord<byte[], byte[]> next = good(1);
		when(this.applier.apply(anyList())).thenReturn(Mono.just(List.of(APPLIED)));
		AtomicInteger sends = new AtomicInteger();
		when(this.sender.send(anyList())).thenAnswer((call) -> switch (sends.incrementAndGet()) {
			case 1 -> Flux.error(new TopicAuthorizationException("simulated: not authorised"));
			case 2, 3 -> Flux.error(new RecordTooLargeException("simulated: too large"));
			default -> {
				this.deadLettered.addAll(call.getArgument(0));
				yield Flux.empty();
			}
		});

		StepVerifier.create(processor(new EventDecoder(this.json)).process(List.of(poison, next)))
			.expectComplete()
			.verify(TIMEOUT);

		assertThat(sends).hasValue(4);
		assertThat(this.deadLettered).singleElement()
			.satisfies((deadLetter) -> assertThat(error(deadLetter)).contains("JSON null"));
		InOrder order = inOrder(this.sender, poison.receiverOffset(), next.receiverOffset());
		order.verify(this.sender, times(4)).send(anyList());
		order.verify(poison.receiverOffset()).acknowledge();
		order.verify(next.receiverOffset()).acknowledge();
		assertThat(this.registry.get("foodmesh.events.dead.letter.failures").counter().count()).isEqualTo(3);
		assertThat(this.registry.get("foodmesh.events.dead.lettered").tag("type", AUTHORIZED).counter().count())
			.isEqualTo(1);
	}

	@Test
	void shouldCutALongErrorToABoundedDeadLetterHeader() {
		String description = DeadLetters.describe(new IllegalStateException("x".repeat(100_000)));

		assertThat(description).startsWith("java.lang.IllegalStateException: xxx")
			.hasSize(DeadLetters.MAX_ERROR_LENGTH);
	}

	private BatchProcessor<PaymentIntegrationEvent> processor(EventDecoder decoder) {
		Retry transientRetry = Retry.backoff(Long.MAX_VALUE, Duration.ofMillis(1)).filter(Failures::isTransient);
		DeadLetters deadLetters = new DeadLetters(this.sender, this.metrics,
				new MessagingProperties.Backoff(Duration.ofMillis(1), Duration.ofMillis(5)));
		return new BatchProcessor<>(PaymentIntegrationEvent.class, decoder, this.applier, deadLetters, this.metrics,
				transientRetry);
	}

	private void acceptDeadLetters() {
		when(this.sender.send(anyList())).thenAnswer((call) -> {
			this.deadLettered.addAll(call.getArgument(0));
			return Flux.empty();
		});
	}

	private ReceiverRecord<byte[], byte[]> good(long offset) {
		PaymentAuthorizedEvent event = new PaymentAuthorizedEvent(UUID.randomUUID(), this.orderId, Instant.now(),
				UUID.randomUUID(), new Money(1900, "EUR"));
		return record(offset, this.orderId.toString().getBytes(StandardCharsets.UTF_8), this.json.write(event));
	}

	private static ReceiverRecord<byte[], byte[]> record(long offset, byte[] key, byte[] value) {
		var record = new ConsumerRecord<>(TOPIC, 0, offset, key, value);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
		CloudEventHeaders.add(record.headers(), CloudEventHeaders.TYPE, AUTHORIZED);
		return new ReceiverRecord<>(record, mock(ReceiverOffset.class));
	}

	private static String error(SenderRecord<byte[], byte[], ?> deadLetter) {
		return CloudEventHeaders.text(deadLetter.headers(), DeadLetterHeaders.ERROR);
	}

	private static String offset(SenderRecord<byte[], byte[], ?> deadLetter) {
		return CloudEventHeaders.text(deadLetter.headers(), DeadLetterHeaders.OFFSET);
	}

}

package dev.foodmesh.messaging.redrive;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.kafka.receiver.KafkaReceiver;
import reactor.kafka.receiver.ReceiverOptions;
import reactor.kafka.receiver.ReceiverRecord;
import reactor.kafka.sender.SenderRecord;

import dev.foodmesh.events.Topics;
import dev.foodmesh.messaging.envelope.CloudEventHeaders;
import dev.foodmesh.messaging.envelope.DeadLetterHeaders;
import dev.foodmesh.messaging.kafka.KafkaClients;
import dev.foodmesh.messaging.kafka.RecordSender;

/**
 * Republishes dead-lettered records to the topic they came from, once the cause was
 * fixed: same key, value and headers, without the dead-letter headers. Progress is
 * committed in the service's redrive group ({@code <service>.dlt-redrive}), so each
 * record is redriven once, oldest first; consumers deduplicate on the event id as always,
 * so redriving a record that was meanwhile applied does nothing.
 */
public final class DeadLetterRedrive {

	private final KafkaClients clients;

	private final RecordSender sender;

	private final RedrivePlanner planner;

	private final String group;

	private final Duration timeout;

	public DeadLetterRedrive(KafkaClients clients, RecordSender sender, String serviceName, Duration timeout) {
		this.clients = clients;
		this.sender = sender;
		this.planner = new RedrivePlanner(clients.adminProperties());
		this.group = serviceName + ".dlt-redrive";
		this.timeout = timeout;
	}

	/**
	 * Republishes up to {@code max} records (all when null) of the dead-letter topic not
	 * redriven before.
	 */
	public Mono<RedriveResult> redrive(String deadLetterTopic, @Nullable Long max) {
		return this.planner.plan(deadLetterTopic, this.group).flatMap((plan) -> {
			long limit = Math.min((max == null) ? Long.MAX_VALUE : max, plan.pending());
			return republish(deadLetterTopic, plan, limit)
				.map((republished) -> new RedriveResult(deadLetterTopic, republished, plan.pending() - republished));
		}).timeout(this.timeout);
	}

	private Mono<Long> republish(String topic, RedrivePlan plan, long limit) {
		if (limit <= 0) {
			return Mono.just(0L);
		}
		return KafkaReceiver.create(receiverOptions(plan))
			.receive()
			.subscribeOn(Schedulers.boundedElastic())
			.cancelOn(Schedulers.boundedElastic())
			.filter(plan::includes)
			.index()
			.concatMap((indexed) -> republishOne(indexed.getT2(), indexed.getT1() + 1 == limit))
			.take(limit)
			.count();
	}

	private ReceiverOptions<byte[], byte[]> receiverOptions(RedrivePlan plan) {
		return this.clients.receiverOptions(this.group, this.group)
			.assignment(plan.partitions())
			.addAssignListener((partitions) -> partitions
				.forEach((partition) -> partition.seek(plan.startOf(partition.topicPartition()))));
	}

	// acknowledged offsets are committed with the last record, in one awaited commit
	private Mono<ReceiverRecord<byte[], byte[]>> republishOne(ReceiverRecord<byte[], byte[]> record, boolean last) {
		Mono<Void> done = last ? record.receiverOffset().commit()
				: Mono.fromRunnable(record.receiverOffset()::acknowledge);
		return this.sender.send(List.of(toSource(record))).then(done).thenReturn(record);
	}

	private static SenderRecord<byte[], byte[], Void> toSource(ReceiverRecord<byte[], byte[]> record) {
		Header[] original = Arrays.stream(record.headers().toArray())
			.filter((header) -> !header.key().startsWith(DeadLetterHeaders.PREFIX))
			.toArray(Header[]::new);
		String source = CloudEventHeaders.text(record.headers(), DeadLetterHeaders.TOPIC);
		return SenderRecord.create(new ProducerRecord<>((source != null) ? source : sourceOf(record.topic()), null,
				record.key(), record.value(), new RecordHeaders(original)), null);
	}

	private static String sourceOf(String deadLetterTopic) {
		return deadLetterTopic.substring(0, deadLetterTopic.length() - Topics.DEAD_LETTER_SUFFIX.length());
	}

}

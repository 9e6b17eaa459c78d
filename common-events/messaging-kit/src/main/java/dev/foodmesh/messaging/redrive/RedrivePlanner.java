package dev.foodmesh.messaging.redrive;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Works out a {@link RedrivePlan} with the Kafka admin client: the dead-letter topic's
 * partitions, their earliest and latest offsets, and the redrive group's committed
 * offsets. Creating and closing the admin client block, so they run on a worker that may
 * block.
 */
final class RedrivePlanner {

	private final Map<String, Object> adminProperties;

	RedrivePlanner(Map<String, Object> adminProperties) {
		this.adminProperties = adminProperties;
	}

	Mono<RedrivePlan> plan(String topic, String group) {
		return Mono.usingWhen(
				Mono.fromCallable(() -> Admin.create(this.adminProperties)).subscribeOn(Schedulers.boundedElastic()),
				(admin) -> plan(admin, topic, group),
				(admin) -> Mono.fromRunnable(admin::close).subscribeOn(Schedulers.boundedElastic()));
	}

	private Mono<RedrivePlan> plan(Admin admin, String topic, String group) {
		return partitions(admin, topic).flatMap((partitions) -> Mono
			.zip(offsets(admin, partitions, OffsetSpec.earliest()), offsets(admin, partitions, OffsetSpec.latest()),
					committed(admin, group))
			.map((offsets) -> new RedrivePlan(starts(partitions, offsets.getT1(), offsets.getT3()), offsets.getT2())));
	}

	private static Mono<List<TopicPartition>> partitions(Admin admin, String topic) {
		return from(admin.describeTopics(List.of(topic)).allTopicNames()).map((topics) -> topics.get(topic)
			.partitions()
			.stream()
			.map((partition) -> new TopicPartition(topic, partition.partition()))
			.toList());
	}

	private static Mono<Map<TopicPartition, Long>> offsets(Admin admin, List<TopicPartition> partitions,
			OffsetSpec spec) {
		Map<TopicPartition, OffsetSpec> request = partitions.stream()
			.collect(Collectors.toMap(Function.identity(), (partition) -> spec));
		return from(admin.listOffsets(request).all()).map((offsets) -> offsets.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset())));
	}

	private static Mono<Map<TopicPartition, OffsetAndMetadata>> committed(Admin admin, String group) {
		return from(admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata());
	}

	// start where the last redrive stopped, but never before what retention kept
	private static Map<TopicPartition, Long> starts(List<TopicPartition> partitions, Map<TopicPartition, Long> earliest,
			Map<TopicPartition, OffsetAndMetadata> committed) {
		return partitions.stream().collect(Collectors.toMap(Function.identity(), (partition) -> {
			OffsetAndMetadata done = committed.get(partition);
			long first = earliest.getOrDefault(partition, 0L);
			return (done == null) ? first : Math.max(first, done.offset());
		}));
	}

	private static <T> Mono<T> from(KafkaFuture<T> future) {
		return Mono.fromCompletionStage(future.toCompletionStage());
	}

}

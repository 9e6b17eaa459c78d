package dev.foodmesh.infra;

import java.util.List;
import java.util.stream.Stream;

/**
 * The event topics of {@code docs/conventions.md}; each has a {@code .dlt} twin for poison records.
 */
public final class FoodMeshTopics {

    public static final String ORDER_EVENTS = "foodmesh.order.events.v1";

    public static final String PAYMENT_EVENTS = "foodmesh.payment.events.v1";

    public static final String DELIVERY_EVENTS = "foodmesh.delivery.events.v1";

    public static final String DLT_SUFFIX = ".dlt";

    /** Partitions per topic unless told otherwise. */
    public static final int DEFAULT_PARTITIONS = 3;

    private FoodMeshTopics() {
    }

    /** The three event topics. */
    public static List<String> eventTopics() {
        return List.of(ORDER_EVENTS, PAYMENT_EVENTS, DELIVERY_EVENTS);
    }

    /** The three event topics followed by their dead-letter twins. */
    public static List<String> all() {
        return Stream.concat(eventTopics().stream(), eventTopics().stream().map(FoodMeshTopics::deadLetter)).toList();
    }

    public static String deadLetter(String topic) {
        return topic + DLT_SUFFIX;
    }

}

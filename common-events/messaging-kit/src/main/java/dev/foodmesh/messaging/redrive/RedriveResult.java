package dev.foodmesh.messaging.redrive;

/**
 * The outcome of a redrive.
 *
 * @param deadLetterTopic the topic read
 * @param republished records republished to their source topic by this redrive
 * @param remaining records of that topic still not redriven (beyond the requested
 * maximum)
 */
public record RedriveResult(String deadLetterTopic, long republished, long remaining) {
}

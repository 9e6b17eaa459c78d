/**
 * CloudEvents 1.0 Kafka binary-mode envelope, the kit's JSON mapping of event records and
 * W3C trace context carriage.
 */
@NullMarked
package dev.foodmesh.messaging.envelope;

import org.jspecify.annotations.NullMarked;

/**
 * Plumbing shared by background loops: the outbox relay, the consumers, and periodic
 * passes (the kit's retention, a service's scans).
 */
@NullMarked
package dev.foodmesh.messaging.support;

import org.jspecify.annotations.NullMarked;

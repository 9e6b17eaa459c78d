/** Plumbing shared by the kit's background loops (outbox relay, consumers). */
@NullMarked
package dev.foodmesh.messaging.support;

import org.jspecify.annotations.NullMarked;

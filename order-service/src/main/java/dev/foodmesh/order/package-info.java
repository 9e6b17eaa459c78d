/**
 * order-service. Layers: domain, application (use cases, ports), and the adapters api,
 * persistence, messaging, lookup, metrics; config wires them.
 */
@NullMarked
package dev.foodmesh.order;

import org.jspecify.annotations.NullMarked;

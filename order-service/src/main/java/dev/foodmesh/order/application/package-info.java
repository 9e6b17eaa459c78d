/**
 * Use cases (one class each) and the ports they need. Reactor, no Spring: the adapters
 * and the wiring live in the other packages.
 */
@NullMarked
package dev.foodmesh.order.application;

import org.jspecify.annotations.NullMarked;

/**
 * Use cases (one class each, wired as beans in {@code config}) and the ports they need.
 * Reactor, but no Spring.
 */
@NullMarked
package dev.foodmesh.delivery.application;

import org.jspecify.annotations.NullMarked;

/**
 * The package rules every service's ArchitectureTest applies (docs/conventions.md,
 * "Service anatomy"); the services bring ArchUnit on their test class path.
 */
@NullMarked
package dev.foodmesh.infra.architecture;

import org.jspecify.annotations.NullMarked;

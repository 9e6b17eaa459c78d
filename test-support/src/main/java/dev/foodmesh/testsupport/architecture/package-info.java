/**
 * The package rules every service's ArchitectureTest applies (docs/conventions.md,
 * "Service anatomy"); the services bring ArchUnit on their test class path.
 */
@NullMarked
package dev.foodmesh.testsupport.architecture;

import org.jspecify.annotations.NullMarked;

/**
 * Real infrastructure in the JVM, without Docker: a Postgres 18 server from zonky's
 * embedded binaries ({@link dev.foodmesh.infra.PostgresServer}), a single-node KRaft
 * Kafka broker built from Apache Kafka's own server classes
 * ({@link dev.foodmesh.infra.KafkaServer}), and the JVM-wide pair that integration tests
 * share ({@link dev.foodmesh.infra.TestInfrastructure}).
 */
@NullMarked
package dev.foodmesh.infra;

import org.jspecify.annotations.NullMarked;

/**
 * The integration-test set-up that services and shared libraries would otherwise each
 * copy: a service on the real Postgres and Kafka of
 * {@link dev.foodmesh.infra.TestInfrastructure} ({@link RunningServiceTest}), the check
 * that BlockHound watches the test JVM ({@link BlockHoundCanary}), the development
 * issuer's tokens on a test client ({@link TokenClients}, {@link OperatorToken}) and the
 * problem+json every refusal answers ({@link ProblemExpectations}). Used in test scope
 * only.
 */
@NullMarked
package dev.foodmesh.testsupport;

import org.jspecify.annotations.NullMarked;

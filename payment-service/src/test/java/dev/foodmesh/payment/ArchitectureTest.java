package dev.foodmesh.payment;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.foodmesh.testsupport.architecture.ServiceAnatomy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The service anatomy of docs/conventions.md, with {@code psp} (the simulated payment
 * provider, which counts its own calls on Micrometer) as a further adapter.
 */
@AnalyzeClasses(packages = "dev.foodmesh.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule followsTheServiceAnatomy = ServiceAnatomy.of("dev.foodmesh.payment", "psp")
		.meteringAlsoIn("psp")
		.rules();

	@ArchTest
	static final ArchRule webPersistenceAndMessagingStayPackagePrivate = classes().that()
		.resideInAnyPackage("dev.foodmesh.payment.api..", "dev.foodmesh.payment.persistence..",
				"dev.foodmesh.payment.messaging..", "dev.foodmesh.payment.metrics..", "dev.foodmesh.payment.config..")
		.should()
		.notBePublic();

}

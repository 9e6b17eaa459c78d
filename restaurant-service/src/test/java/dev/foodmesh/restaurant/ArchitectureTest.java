package dev.foodmesh.restaurant;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;

import dev.foodmesh.testsupport.architecture.ServiceAnatomy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The service anatomy of docs/conventions.md; restaurant-service has no messaging and no
 * metrics of its own, so those rooms stay empty.
 */
@AnalyzeClasses(packages = "dev.foodmesh.restaurant", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule followsTheServiceAnatomy = ServiceAnatomy.of("dev.foodmesh.restaurant").rules();

	@ArchTest
	static final ArchRule adaptersArePackagePrivate = classes().that()
		.resideInAnyPackage("..restaurant.api..", "..restaurant.persistence..", "..restaurant.config..")
		.and()
		.doNotImplement(ConstraintValidator.class)
		.and()
		.areNotAnnotatedWith(Constraint.class)
		.should()
		.notBePublic()
		.because("only Bean Validation needs public access (it instantiates validators reflectively)");

}

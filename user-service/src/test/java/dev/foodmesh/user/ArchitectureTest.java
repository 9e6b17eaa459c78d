package dev.foodmesh.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import dev.foodmesh.testsupport.architecture.ServiceAnatomy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * user-service is the stated CRUD exception of the service anatomy (docs/conventions.md):
 * one flat {@code account} feature package, so its rules are about boundaries inside that
 * package and what every service keeps, not layers.
 */
@AnalyzeClasses(packages = "dev.foodmesh.user", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule followsTheCrudException = ServiceAnatomy.crud("dev.foodmesh.user", "account");

	@ArchTest
	static final ArchRule controllersGoThroughTheAccountService = noClasses().that()
		.areAnnotatedWith(RestController.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class);

	@ArchTest
	static final ArchRule classesArePackagePrivate = classes().that()
		.doNotHaveSimpleName("UserServiceApplication")
		.and()
		.doNotHaveSimpleName("package-info")
		.should()
		.notBePublic();

}

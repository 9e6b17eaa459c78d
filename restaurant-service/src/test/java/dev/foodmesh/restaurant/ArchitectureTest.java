package dev.foodmesh.restaurant;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import org.reactivestreams.Publisher;

import org.springframework.beans.factory.annotation.Autowired;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** The ports-and-adapters rules of STYLE §2, plus the reactive idioms of §7. */
@AnalyzeClasses(packages = "dev.foodmesh.restaurant", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
		.layer("domain")
		.definedBy("..restaurant.domain..")
		.layer("application")
		.definedBy("..restaurant.application..")
		.layer("api")
		.definedBy("..restaurant.api..")
		.layer("persistence")
		.definedBy("..restaurant.persistence..")
		.layer("config")
		.definedBy("..restaurant.config..")
		.whereLayer("api")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("persistence")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("config")
		.mayNotBeAccessedByAnyLayer()
		.whereLayer("application")
		.mayOnlyBeAccessedByLayers("api", "persistence", "config")
		.whereLayer("domain")
		.mayOnlyBeAccessedByLayers("application", "api", "persistence", "config");

	@ArchTest
	static final ArchRule domainIsPlainJava = noClasses().that()
		.resideInAPackage("..restaurant.domain..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "reactor..", "io.r2dbc..", "org.apache.kafka..", "tools.jackson..",
				"com.fasterxml.jackson..", "dev.foodmesh.web..");

	@ArchTest
	static final ArchRule applicationUsesReactorButNoFramework = noClasses().that()
		.resideInAPackage("..restaurant.application..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "io.r2dbc..", "org.apache.kafka..", "tools.jackson..",
				"com.fasterxml.jackson..", "dev.foodmesh.web..");

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

	@ArchTest
	static final ArchRule nothingBlocks = noClasses().should()
		.callMethodWhere(target(owner(assignableTo(Publisher.class))).and(target(nameStartingWith("block"))))
		.orShould()
		.callMethod(Thread.class, "sleep", long.class)
		.because("code on the event loop must never block (STYLE §7)");

	@ArchTest
	static final ArchRule noJdbcOrKafka = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("java.sql..", "org.springframework.jdbc..", "org.apache.kafka..", "reactor.kafka..")
		.because("the service talks to Postgres through R2DBC only (Flyway's JDBC is Boot's) and uses no Kafka");

	@ArchTest
	static final ArchRule constructorInjectionOnly = noFields().should().beAnnotatedWith(Autowired.class);

}

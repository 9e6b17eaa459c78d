package dev.foodmesh.user;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.reactivestreams.Publisher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * user-service is CRUD-flat (one {@code account} feature package, STYLE §2 "CRUD
 * exception"), so its rules are about boundaries inside that package and the reactive
 * idioms, not layers.
 */
@AnalyzeClasses(packages = "dev.foodmesh.user", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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

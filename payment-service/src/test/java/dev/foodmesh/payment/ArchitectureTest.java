package dev.foodmesh.payment;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import dev.foodmesh.messaging.AfterCommit;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The package rules of STYLE §2 for payment-service. */
@AnalyzeClasses(packages = "dev.foodmesh.payment", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	private static final String DOMAIN = "dev.foodmesh.payment.domain..";

	private static final String APPLICATION = "dev.foodmesh.payment.application..";

	@ArchTest
	static final ArchRule domainIsPlainJava = classes().that()
		.resideInAPackage(DOMAIN)
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage(DOMAIN, "java..", "org.jspecify..");

	@ArchTest
	static final ArchRule applicationUsesOnlyTheModelAndReactor = classes().that()
		.resideInAPackage(APPLICATION)
		.should()
		.onlyDependOnClassesThat()
		.resideInAnyPackage(APPLICATION, DOMAIN, "java..", "org.jspecify..", "reactor.core.publisher..");

	@ArchTest
	static final ArchRule adaptersDoNotKnowEachOther = slices()
		.matching("dev.foodmesh.payment.(api|persistence|messaging|psp)..")
		.should()
		.notDependOnEachOther();

	// the kit's AfterCommit is transaction plumbing, not messaging: the persistence
	// adapter's afterCommit uses it
	@ArchTest
	static final ArchRule onlyMessagingAndItsWiringSpeakIntegrationEvents = noClasses().that()
		.resideOutsideOfPackages("dev.foodmesh.payment.messaging..", "dev.foodmesh.payment.config..")
		.should()
		.dependOnClassesThat(
				JavaClass.Predicates.resideInAnyPackage("dev.foodmesh.events..", "dev.foodmesh.messaging..")
					.and(not(JavaClass.Predicates.equivalentTo(AfterCommit.class))));

	@ArchTest
	static final ArchRule nothingTouchesKafkaDirectly = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("reactor.kafka..", "org.apache.kafka..", "org.springframework.kafka..");

	@ArchTest
	static final ArchRule webPersistenceAndMessagingStayPackagePrivate = classes().that()
		.resideInAnyPackage("dev.foodmesh.payment.api..", "dev.foodmesh.payment.persistence..",
				"dev.foodmesh.payment.messaging..", "dev.foodmesh.payment.config..")
		.should()
		.notBePublic();

}

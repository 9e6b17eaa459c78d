package dev.foodmesh.testsupport.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameStartingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

/**
 * What every service keeps, whatever its anatomy: nothing blocks (STYLE §7), Postgres
 * through R2DBC only, Kafka through the messaging kit only, constructor injection.
 */
final class EveryService {

	private EveryService() {
	}

	static ArchRule rules() {
		return CompositeArchRule
			.of(noClasses().should()
				.callMethodWhere(target(owner(assignableTo("org.reactivestreams.Publisher")))
					.and(target(nameStartingWith("block"))))
				.orShould()
				.callMethod(Thread.class, "sleep", long.class)
				.because("code on the event loop must never block (STYLE §7)"))
			.and(noClasses().should()
				.dependOnClassesThat()
				.resideInAnyPackage("java.sql..", "org.springframework.jdbc..")
				.because("services talk to Postgres through R2DBC only (Flyway's JDBC is Boot's)"))
			.and(noClasses().should()
				.dependOnClassesThat()
				.resideInAnyPackage("org.apache.kafka..", "reactor.kafka..", "org.springframework.kafka..")
				.because("the messaging kit is the only Kafka client"))
			.and(noFields().should()
				.beAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
				.because("dependencies come through constructors"));
	}

}

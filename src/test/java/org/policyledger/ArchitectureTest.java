package org.policyledger;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout in docs/architecture.md, checked. */
class ArchitectureTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.policyledger");

	@Test
	void messagesDependOnNothingElseOfTheLedger() {
		noClasses().that()
			.resideInAPackage("..api..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..ledger..", "..web..", "..interchange..")
			.check(CLASSES);
	}

	@Test
	void theWriteSideKnowsNoCaller() {
		noClasses().that()
			.resideInAPackage("..ledger..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..web..", "..interchange..")
			.check(CLASSES);
	}

	@Test
	void theReadSideKnowsOnlyTheMessages() {
		noClasses().that()
			.resideInAPackage("..read..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..ledger..", "..web..", "..interchange..")
			.check(CLASSES);
	}

	@Test
	void queriesOfOneReadModelDoNotUseAnother() {
		noClasses().that()
			.resideInAPackage("..read.stance..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..read.instrument..")
			.check(CLASSES);
		noClasses().that()
			.resideInAPackage("..read.instrument..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..read.stance..")
			.check(CLASSES);
	}

	@Test
	void callersGoThroughTheLedgerNotTheAggregates() {
		noClasses().that()
			.resideInAnyPackage("..web..", "..interchange..", "..read..")
			.should()
			.dependOnClassesThat()
			.haveSimpleNameEndingWith("Aggregate")
			.check(CLASSES);
	}

	@Test
	void onlyTheCommandLineRunsTheBenchmark() {
		noClasses().that()
			.resideOutsideOfPackages("..bench..", "..cli..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..bench..")
			.check(CLASSES);
	}

	@Test
	void theDatabaseQuestionDependsOnNothingOfTheLedger() {
		noClasses().that()
			.resideInAPackage("org.policyledger.database..")
			.should()
			.dependOnClassesThat(
					resideInAPackage("org.policyledger..").and(not(resideInAPackage("org.policyledger.database.."))))
			.check(CLASSES);
	}

	@Test
	void packagesHaveNoCycles() {
		slices().matching("org.policyledger.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	@Test
	void everyPackageSaysWhatItIsFor() {
		Set<String> packages = new TreeSet<>();
		Set<String> documented = new TreeSet<>();
		for (JavaClass type : CLASSES) {
			packages.add(type.getPackageName());
			if (type.getSimpleName().equals("package-info")) {
				documented.add(type.getPackageName());
			}
		}
		packages.remove("org.policyledger");
		assertThat(documented).containsAll(packages);
	}

}

package vn.ntp.warehouse;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The package dependency rules of the product (issue 17, point 3), checked on the compiled production classes
 * (the test tree, benches included, is not the product): dependencies point one way, from the command line
 * and the job down to the text utilities. A rule that fails names the offending classes and their dependency.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.ntp.warehouse";

    private static JavaClasses product;

    @BeforeAll
    static void importTheProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        assertThat(product.containPackage(ROOT + ".warehouse")).as("the production classes were imported").isTrue();
    }

    @Test
    void textDependsOnNothingOfOurs() {
        check(classes().that().resideInAPackage(ROOT + ".text..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(ROOT + "..").or(resideInAPackage(ROOT + ".text..")))
                .because("the text utilities (folding, numbers, money units, periods, legacy encodings) sit below "
                        + "reference/ and extract/"));
    }

    @Test
    void referenceDataNeverReadsExtraction() {
        check(noClasses().that().resideInAnyPackage(ROOT + ".reference..", ROOT + ".text..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".extract..")
                .because("extraction uses the reference data and the text utilities, never the other way round"));
    }

    @Test
    void theFindingsCatalogueSitsBelowExtraction() {
        check(noClasses().that().resideInAPackage(ROOT + ".validate..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".batch..")
                .because("validate/ holds the findings catalogue that extraction, the warehouse and the reports render from"));
    }

    @Test
    void onlyTheJobsEntryPointsUseTheBatchPackage() {
        check(noClasses().that().resideOutsideOfPackages(ROOT + ".batch..", ROOT + ".cli..", ROOT + ".schedule..", ROOT + ".portal..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".batch..")
                .because("batch/ is the Spring Batch job: only the command line, the scheduler and the portal start it"));
    }

    @Test
    void theBenchIsNotPartOfTheProduct() {
        check(noClasses().should().resideInAPackage(ROOT + ".bench..")
                .because("benches live in the test tree and run through Maven's bench profile (./ntp bench)")
                .allowEmptyShould(true));
        check(noClasses().should().dependOnClassesThat().resideInAPackage(ROOT + ".bench..")
                .allowEmptyShould(true));
    }

    @Test
    void topLevelPackagesFormNoCycle() {
        check(slices().matching(ROOT + ".(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        EvaluationResult result = rule.evaluate(product);
        assertThat(result.getFailureReport().getDetails()).as(rule.getDescription()).isEmpty();
    }
}

package org.jobmatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.jobmatch.indexing.ShortTimeout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;

/**
 * The boundaries between the service's features and the matcher's concerns, checked on every build: a crossing
 * fails {@code ./mvnw verify}.
 */
class BoundariesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.jobmatch");
    }

    @Test
    void theApplicationClassesKnowNoFeature() {
        check(noClasses().that().resideInAPackage("org.jobmatch")
                .should().dependOnClassesThat().resideInAnyPackage("org.jobmatch.bench..", "org.jobmatch.cli..")
                .because("the application starts the features; it does not reach into them"));
    }

    @Test
    void indexingListensToLedgerEventsNotToTheImport() {
        check(noClasses().that().resideInAPackage("org.jobmatch.indexing..")
                .should().dependOnClassesThat().resideInAPackage("org.jobmatch.importing..")
                .because("rows are written by imports and placements alike: their events are the ledger's"));
    }

    @Test
    void featuresReachTheIndexThroughTheMatcher() {
        check(noClasses().that().resideInAnyPackage(FEATURES).and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.jobmatch.index..", "co.elastic..")
                .because("Elasticsearch is the matcher's and the indexer's business (a configuration may wire them)"));
    }

    @Test
    void featuresGetTheAnalysisWithoutKnowingTheIndexingFeature() {
        check(noClasses().that().resideInAnyPackage(FEATURES)
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.jobmatch.indexing..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(ShortTimeout.class))))
                .because("the analysis in use is a Supplier<Documents>; only the search client's qualifier is shared"));
    }

    private static final String[] FEATURES = {"org.jobmatch.kiosk..", "org.jobmatch.recommendation..",
        "org.jobmatch.batch..", "org.jobmatch.fair..", "org.jobmatch.shortlist..", "org.jobmatch.overview..",
        "org.jobmatch.person..", "org.jobmatch.vacancy..", "org.jobmatch.placement..", "org.jobmatch.referral..",
        "org.jobmatch.sheets.."};

    @Test
    void domainRulesAndScoresAreFreeOfFrameworks() {
        check(noClasses().that().resideInAnyPackage("org.jobmatch.domain..", "org.jobmatch.matching.rules..",
                        "org.jobmatch.matching.scoring..", "org.jobmatch.matching.profile..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "co.elastic..",
                        "jakarta.persistence..")
                .because("the rules and the score are plain Java, tested without Spring or a search engine"));
    }

    @Test
    void theMatcherDoesNotKnowTheService() {
        check(noClasses().that().resideInAPackage("org.jobmatch.matching..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .because("the engine is a library the service configures"));
    }

    @Test
    void rulesAndScoresDoNotDependOnTheirUsers() {
        check(noClasses().that().resideInAnyPackage("org.jobmatch.matching.rules..", "org.jobmatch.matching.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jobmatch.matching.pool..",
                        "org.jobmatch.matching.search..")
                .orShould().dependOnClassesThat().resideInAPackage("org.jobmatch.matching"));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}

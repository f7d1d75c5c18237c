package io.offerline.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core's packages form layers: read from the compiled classes, no package depends on itself through another. */
class PackageCyclesTest {

    @Test
    void corePackages_haveNoCycles() {
        JavaClasses core = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.offerline.core");

        slices().matching("io.offerline.core.(*)..").should().beFreeOfCycles().check(core);
    }
}

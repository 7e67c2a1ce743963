package org.tangier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails the build when a part reaches into another's internals or a cycle appears; renders the module diagrams. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(TangierApplication.class);

    @Test
    void partsTalkOnlyThroughPublicServicesAndEvents() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .as("every part of DESIGN.md that has landed is a verified module")
                .contains("platform", "access", "audit", "agencies", "records", "notices", "screening", "hits", "biometrics",
                        "messaging", "operations", "coordination");
        modules.verify();
    }

    @Test
    void moduleDiagramsAreRendered() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

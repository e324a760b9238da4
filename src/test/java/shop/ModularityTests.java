package shop;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds, and its documentation in {@code docs/modules} is regenerated. */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ShopApplication.class);

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirEvents() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsAndCanvases() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeDocumentation();
    }
}

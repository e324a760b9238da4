package shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries in code and in SQL: a module may use another module's {@code events} and
 * {@code shop.common}, nothing else; a module's migrations name only its own schema. Every module is listed
 * either with the schema it owns or among those that own none; those run no SQL at all.
 */
class ArchitectureTests {

    /** Module package → the schema it owns. */
    static final Map<String, String> SCHEMAS = Map.of(
            "catalog", "catalog", "cart", "cart", "inventory", "inventory", "order", "orders",
            "payment", "payment", "shipping", "shipping", "notification", "notification", "user", "users",
            "recommendation", "recommendation", "media", "media");

    /**
     * Modules that own no schema and keep no data: operations shows Spring Modulith's event publication registry
     * through Modulith's API.
     */
    static final Set<String> WITHOUT_SCHEMA = Set.of("operations");

    /** Every module but the shared kernel {@code common}. */
    static final Set<String> MODULES = Stream.concat(SCHEMAS.keySet().stream(), WITHOUT_SCHEMA.stream())
            .collect(Collectors.toUnmodifiableSet());

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("shop");

    @TestFactory
    Stream<DynamicTest> modulesUseOnlyOtherModulesEvents() {
        return MODULES.stream().sorted().map(module -> DynamicTest.dynamicTest(module, () ->
                noClasses().that().resideInAPackage("shop." + module + "..")
                        .should().dependOnClassesThat(internalsOfAnotherModuleThan(module))
                        .check(classes)));
    }

    @Test
    void appWideConfigurationUsesNoModuleInternals() {
        noClasses().that().resideInAPackage("shop")
                .should().dependOnClassesThat(internalsOfAnotherModuleThan(""))
                .check(classes);
    }

    @Test
    void sharedKernelDependsOnNoModule() {
        noClasses().that().resideInAPackage("shop.common..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        MODULES.stream().map(m -> "shop." + m + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void everyModuleIsListedWithItsSchemaOrAsOwningNone() {
        assertThat(SCHEMAS.keySet()).doesNotContainAnyElementsOf(WITHOUT_SCHEMA);
        assertThat(ModularityTests.modules.stream().map(module -> module.getIdentifier().toString())
                .filter(module -> !module.equals("common")))
                .as("modules of the application; list a new one in SCHEMAS or WITHOUT_SCHEMA")
                .containsExactlyInAnyOrderElementsOf(MODULES);
    }

    @TestFactory
    Stream<DynamicTest> modulesWithoutSchemaHaveNoMigrationsAndRunNoSql() throws URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        return WITHOUT_SCHEMA.stream().sorted().map(module -> DynamicTest.dynamicTest(module, () -> {
            assertThat(migrations.resolve(module)).doesNotExist();
            noClasses().that().resideInAPackage("shop." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                            "org.springframework.jdbc..", "org.springframework.data.jdbc..",
                            "org.springframework.data.relational..")
                    .check(classes);
        }));
    }

    @Test
    void migrationsTouchOnlyTheirModulesSchema() throws IOException, URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        List<String> violations = new ArrayList<>();
        for (var module : SCHEMAS.keySet()) {
            Path folder = migrations.resolve(module);
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> scripts = Files.list(folder)) {
                for (Path script : scripts.toList()) {
                    String sql = Files.readString(script);
                    SCHEMAS.forEach((other, schema) -> {
                        if (!other.equals(module) && mentionsSchema(sql, schema)) {
                            violations.add(module + "/" + script.getFileName() + " names schema " + schema);
                        }
                    });
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyModuleHasMigrationsCreatingItsSchema() throws URISyntaxException {
        Path migrations = Path.of(getClass().getResource("/db/migration").toURI());
        SCHEMAS.forEach((module, schema) -> assertThat(migrations.resolve(module).resolve("V1__create_schema.sql"))
                .content().contains("create schema if not exists " + schema));
    }

    @Test
    void everyMigrationFolderIsTheRootsOrAModuleWithASchema() throws IOException, URISyntaxException {
        try (Stream<Path> folders = Files.list(Path.of(getClass().getResource("/db/migration").toURI()))) {
            assertThat(folders.map(folder -> folder.getFileName().toString()))
                    .allMatch(folder -> folder.equals("__root") || SCHEMAS.containsKey(folder));
        }
    }

    static boolean mentionsSchema(String sql, String schema) {
        String withoutComments = sql.replaceAll("--[^\\n]*", "");
        return Pattern.compile("(?i)(\\b|\")" + schema + "\"?\\s*\\.|schema\\s+(if\\s+not\\s+exists\\s+)?\"?" + schema + "\\b")
                .matcher(withoutComments).find();
    }

    @Test
    void schemaCheckSeesQualifiedNamesAndIgnoresComments() {
        assertThat(mentionsSchema("select * from catalog.product", "catalog")).isTrue();
        assertThat(mentionsSchema("select * from \"orders\".\"order\"", "orders")).isTrue();
        assertThat(mentionsSchema("create schema if not exists cart;", "cart")).isTrue();
        assertThat(mentionsSchema("-- reads catalog.product\nselect 1", "catalog")).isFalse();
        assertThat(mentionsSchema("create table cart.cart_line (catalog_sku text)", "catalog")).isFalse();
    }

    /** Classes of a module other than {@code module}, outside that module's {@code events} package. */
    static DescribedPredicate<JavaClass> internalsOfAnotherModuleThan(String module) {
        return DescribedPredicate.describe("internals of another module than '" + module + "'", target -> {
            String pkg = target.getPackageName();
            return MODULES.stream()
                    .filter(other -> !other.equals(module))
                    .anyMatch(other -> (pkg.equals("shop." + other) || pkg.startsWith("shop." + other + "."))
                            && !(pkg.equals("shop." + other + ".events") || pkg.startsWith("shop." + other + ".events.")));
        });
    }
}

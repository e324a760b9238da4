package shop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Web plumbing shared by every module has one home, {@code shop.common.web}: a module that needs to know an
 * htmx request, answer a storage failure, write problem details or render a fragment uses what is there
 * instead of writing its own.
 */
class WebPlumbingTests {

    static final String HOME = "shop.common.web..";

    static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("shop");

    @Test
    void storageFailuresAreAnsweredOnlyByTheSharedAnswers() {
        methods().that().areAnnotatedWith(ExceptionHandler.class)
                .and(handle(DataAccessException.class))
                .should().beDeclaredInClassesThat().resideInAPackage(HOME)
                .check(classes);
    }

    @Test
    void problemDetailsForTheApiComeFromOneAdvice() {
        classes().that().areAssignableTo(ResponseEntityExceptionHandler.class)
                .should().resideInAPackage(HOME)
                .check(classes);
    }

    @Test
    void argumentTypesAndFragmentRenderingLiveInTheToolkit() {
        classes().that().implement(HandlerMethodArgumentResolver.class)
                .should().resideInAPackage(HOME)
                .check(classes);
        noClasses().that().resideOutsideOfPackage(HOME)
                .should().dependOnClassesThat().haveFullyQualifiedName("org.thymeleaf.context.WebContext")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.thymeleaf.web.servlet.JakartaServletWebApplication")
                .check(classes);
    }

    /** A header name is a string constant, which bytecode does not show as a dependency: read the sources. */
    @Test
    void onlyTheToolkitReadsTheHtmxHeader() throws IOException {
        Path sources = Path.of("src/main/java/shop");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> readers = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.startsWith(sources.resolve("common/web")))
                    .filter(file -> read(file).contains("\"HX-Request\""))
                    .map(file -> sources.relativize(file).toString())
                    .toList();
            assertThat(readers).as("read the htmx header through shop.common.web.HtmxRequest").isEmpty();
        }
    }

    private static DescribedPredicate<JavaMethod> handle(Class<? extends Throwable> failure) {
        return DescribedPredicate.describe("handle " + failure.getSimpleName(), method -> {
            var handler = method.getAnnotationOfType(ExceptionHandler.class);
            return Stream.of(handler.value()).anyMatch(failure::isAssignableFrom)
                    || method.getRawParameterTypes().stream().anyMatch(type -> type.isAssignableTo(failure));
        });
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

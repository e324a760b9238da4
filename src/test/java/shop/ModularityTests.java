package shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module structure holds, and its documentation in {@code docs/modules} is regenerated, the same on every run:
 * a test run leaves no tracked file changed unless the modules changed.
 */
class ModularityTests {

    static final ApplicationModules modules = ApplicationModules.of(ShopApplication.class);

    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesDependOnEachOtherOnlyThroughTheirEvents() {
        modules.verify();
    }

    @Test
    void writesModuleDiagramsAndCanvases() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation();
        inStableOrder(DOCS);
    }

    /**
     * Documenter writes two kinds of list in an order that changes from run to run, and has no option to sort
     * them: the relationships of {@code components.puml} (Structurizr writes them by id, and the ids follow the
     * order in which the dependencies were added) and a canvas's "Events listened to" (Modulith sorts a listener's
     * methods by name, and every listener here is {@code on(..)}: the tie keeps ArchUnit's method order, which is
     * not stable). Sorting every such list once written makes each file the same on every run; the lists mean
     * the same in any order.
     */
    static void inStableOrder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".puml")) {
                    rewrite(file, ModularityTests::sortDiagramStatements);
                } else if (name.endsWith(".adoc")) {
                    rewrite(file, ModularityTests::sortListItems);
                }
            }
        }
    }

    /** Sorts each run of consecutive {@code Rel(..)} lines, and each run of {@code Component(..)} lines. */
    static List<String> sortDiagramStatements(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = statementKind(line);
            if (kind == null || !kind.equals(runKind)) {
                result.addAll(run.stream().sorted().toList());
                run.clear();
            }
            runKind = kind;
            if (kind == null) {
                result.add(line);
            } else {
                run.add(line);
            }
        }
        result.addAll(run.stream().sorted().toList());
        return result;
    }

    private static String statementKind(String line) {
        String statement = line.strip();
        return statement.startsWith("Rel(") ? "Rel" : statement.startsWith("Component(") ? "Component" : null;
    }

    /**
     * Sorts the items of each AsciiDoc list ({@code * item}, the first one of a table cell written {@code |* item});
     * an item keeps the lines that continue it ({@code +} and the paragraph after it, nested items).
     */
    static List<String> sortListItems(List<String> lines) {
        List<String> result = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (!startsItem(line)) {
                result.add(line);
                i++;
                continue;
            }
            boolean inCell = line.startsWith("|");
            List<List<String>> items = new ArrayList<>();
            while (i < lines.size() && (items.isEmpty() || lines.get(i).startsWith("* "))) {
                List<String> item = new ArrayList<>();
                item.add(items.isEmpty() && inCell ? lines.get(i).substring(1) : lines.get(i));
                i++;
                while (i < lines.size() && continuesItem(lines.get(i))) {
                    item.add(lines.get(i));
                    i++;
                }
                items.add(item);
            }
            items.sort((a, b) -> String.join("\n", a).compareTo(String.join("\n", b)));
            for (int n = 0; n < items.size(); n++) {
                List<String> item = items.get(n);
                for (int l = 0; l < item.size(); l++) {
                    result.add(n == 0 && l == 0 && inCell ? "|" + item.get(l) : item.get(l));
                }
            }
        }
        return result;
    }

    private static boolean startsItem(String line) {
        return line.startsWith("* ") || line.startsWith("|* ");
    }

    /** A line that belongs to the item above: not a new item, not a blank line, not a cell, not a heading. */
    private static boolean continuesItem(String line) {
        return !line.isEmpty() && !line.startsWith("* ") && !line.startsWith("|") && !line.startsWith("_");
    }

    private static void rewrite(Path file, UnaryOperator<List<String>> order) throws IOException {
        String text = Files.readString(file);
        boolean endsWithNewline = text.endsWith("\n");
        List<String> ordered = order.apply(text.lines().toList());
        Files.writeString(file, String.join("\n", ordered) + (endsWithNewline ? "\n" : ""));
    }

    @Test
    void sortsListsThatDocumenterWritesInChangingOrder() {
        assertThat(sortDiagramStatements(List.of("}", "Rel(b, c)", "Rel(a, b)", "", "SHOW_LEGEND(true)")))
                .containsExactly("}", "Rel(a, b)", "Rel(b, c)", "", "SHOW_LEGEND(true)");
        assertThat(sortListItems(List.of("|Events listened to", "|* `s.u.events.B` (async) ", "* `s.u.events.A` (async) ",
                "|===")))
                .containsExactly("|Events listened to", "|* `s.u.events.A` (async) ", "* `s.u.events.B` (async) ", "|===");
        assertThat(sortListItems(List.of("_Services_", "", "* `s.u.Z` -- last", "+", "Rules: kept with Z.",
                "* `s.u.A` -- first", "", "_Others_")))
                .containsExactly("_Services_", "", "* `s.u.A` -- first", "* `s.u.Z` -- last", "+", "Rules: kept with Z.",
                        "", "_Others_");
    }
}

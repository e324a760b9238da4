package testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotCaret;

/**
 * One headless Chromium per test JVM. Uses the system's Chromium when there is one (as on CI, where
 * {@code .ci/run} installs Debian's package), else lets Playwright fetch its own browser.
 */
public final class Browsers {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private static Browser chromium;

    private Browsers() {
    }

    public static synchronized Browser chromium() {
        if (chromium == null) {
            chromium = launch();
        }
        return chromium;
    }

    private static Browser launch() {
        boolean system = Files.isExecutable(SYSTEM_CHROMIUM);
        var createOptions = new Playwright.CreateOptions();
        var launchOptions = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
        if (system) {
            createOptions.setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
            launchOptions.setExecutablePath(SYSTEM_CHROMIUM);
        }
        Playwright playwright = Playwright.create(createOptions);
        Browser browser = playwright.chromium().launch(launchOptions);
        Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
        return browser;
    }

    /**
     * Saves what the page shows into {@code target/screenshots/} for a reviewer to look at. The caret is left
     * alone: hiding it makes Playwright leave empty {@code style=""} attributes on inputs, which htmx's history
     * snapshot then copies, and the Content-Security-Policy rightly refuses.
     */
    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true)
                .setCaret(ScreenshotCaret.INITIAL));
    }

    /** Runs axe-core on the page and returns the ids of serious or critical accessibility violations. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousAccessibilityViolations(Page page) {
        // from the shop's own address (the test classpath has the webjar): the Content-Security-Policy allows it
        page.addScriptTag(new Page.AddScriptTagOptions().setUrl("/webjars/axe-core/" + axeVersion() + "/axe.min.js"));
        Object ids = page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
                }""");
        return (List<String>) ids;
    }

    private static String axeVersion() {
        try (InputStream in = Browsers.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            var properties = new java.util.Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe-core webjar not found on the test classpath", e);
        }
    }
}

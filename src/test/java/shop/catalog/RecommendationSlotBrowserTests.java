package shop.catalog;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import testsupport.BrowserTest;
import testsupport.Browsers;
import testsupport.ShopIntegrationTest;

/**
 * The recommendation module's slot on home and product pages, loaded by htmx from that module's own URL. The
 * module does not serve it yet: the pages render fully, the slot stays collapsed, and the console shows only
 * the browser's own line about the failed request. Once the module answers with content, the slot shows it.
 */
@ShopIntegrationTest
class RecommendationSlotBrowserTests extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void listenToTheConsole() {
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                consoleErrors.add(message.text());
            }
        });
        page.onPageError(consoleErrors::add);
    }

    @Test
    void homeRendersFullyWithoutARecommendationModule() {
        List<Route> held = new ArrayList<>();
        page.route("**/recommendations/home", held::add);
        page.navigate("/");
        page.waitForCondition(() -> !held.isEmpty());
        double heightWhileWaiting = pageHeight();

        Response answer = page.waitForResponse("**/recommendations/home", () -> held.getFirst().resume());
        waitForTheSlot();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(slot()).isHidden();
        assertThat(slot()).hasAttribute("data-outcome", "failed");
        assertThat(slot().innerHTML()).isEmpty();
        assertThat(pageHeight()).as("no layout jump").isEqualTo(heightWhileWaiting);
        for (String heading : List.of("Good things, fairly priced", "Shop by department", "New arrivals", "Best sellers")) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading))).isVisible();
        }
        assertThat(page.locator("main")).not().containsText("can't find");
        assertThat(consoleErrors).as("only the browser's line about the failed request")
                .allSatisfy(error -> assertThat(error).startsWith("Failed to load resource"));
        assertThat(Browsers.seriousAccessibilityViolations(page)).isEmpty();
        Browsers.screenshot(page, "storefront-home-without-recommendations-1280");
    }

    @Test
    void aProductPageAsksForItsOwnRecommendationsAndStaysWholeWithout() {
        long id = jdbc.sql("select id from catalog.product where status = 'PUBLISHED' order by id limit 1").query(Long.class)
                .single();
        String slug = jdbc.sql("select slug from catalog.product where id = ?").param(id).query(String.class).single();

        Response answer = page.waitForResponse("**/recommendations/product/" + id, () -> page.navigate("/p/" + slug));
        waitForTheSlot();

        assertThat(answer.status()).isEqualTo(404);
        assertThat(slot()).isHidden();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to cart"))).isVisible();
        assertThat(consoleErrors).allSatisfy(error -> assertThat(error).startsWith("Failed to load resource"));
    }

    @Test
    void theSlotShowsWhatTheRecommendationModuleAnswers() {
        page.route("**/recommendations/home", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html").setBody("<h2>Recommended for you</h2><p>Hand-picked boots</p>")));

        page.navigate("/");

        assertThat(slot()).isVisible();
        assertThat(slot()).hasAttribute("data-outcome", "shown");
        assertThat(slot().getByRole(AriaRole.HEADING)).hasText("Recommended for you");
        assertThat(consoleErrors).allSatisfy(error -> assertThat(error).startsWith("Failed to load resource"));
    }

    @ParameterizedTest
    @ValueSource(ints = {200, 204, 500, 503})
    void anEmptyOrFailedAnswerLeavesTheSlotCollapsed(int status) {
        page.route("**/recommendations/home", route -> route.fulfill(new Route.FulfillOptions().setStatus(status)
                .setContentType("text/html").setBody(status >= 500 ? "<h1>Internal error</h1>" : " ")));

        page.navigate("/");
        waitForTheSlot();

        assertThat(slot()).isHidden();
        assertThat(page.locator("body")).not().containsText("Internal error");
        assertThat(consoleErrors).allSatisfy(error -> assertThat(error).startsWith("Failed to load resource"));
    }

    private Locator slot() {
        return page.locator("section.recommendations");
    }

    /** Waits until the slot's request is answered and handled (static/js/shop.js notes the outcome). */
    private void waitForTheSlot() {
        page.locator("section.recommendations[data-outcome]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED));
    }

    private double pageHeight() {
        return ((Number) page.evaluate("() => document.documentElement.scrollHeight")).doubleValue();
    }
}

package shop.common.web;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The parts of the layout that are the same on every page: the stylesheet and script links, and the header
 * bar as a guest sees it (outside search, whose box shows the query). Rendered from {@code layout/page} once
 * per process, at the first page that needs them; the layout renders them inline where they differ (a
 * signed-in person's header, error pages without a model).
 */
@Component
public class StaticChrome {

    private static final String LAYOUT = "layout/page";

    private final FragmentRenderer renderer;
    private volatile String assets;
    private volatile String guestHeaderBar;

    StaticChrome(FragmentRenderer renderer) {
        this.renderer = renderer;
    }

    /** The viewer whose header is {@link #guestHeaderBar()}. */
    public Viewer guest() {
        return Viewer.GUEST;
    }

    public String assets() {
        String html = assets;
        if (html == null) {
            assets = html = render("assets");
        }
        return html;
    }

    public String guestHeaderBar() {
        String html = guestHeaderBar;
        if (html == null) {
            guestHeaderBar = html = render("header-bar");
        }
        return html;
    }

    /** Rendering twice at the very start is harmless: both renderings are the same. */
    private String render(String fragment) {
        return renderer.render(LAYOUT, fragment, Map.of("viewer", Viewer.GUEST));
    }
}

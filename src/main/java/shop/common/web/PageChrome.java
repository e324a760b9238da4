package shop.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page's layout the {@link Viewer}, so the header can offer sign-in or the account, and the
 * {@link StaticChrome} it may insert instead of rendering the same markup again.
 */
@ControllerAdvice
class PageChrome {

    private final StaticChrome staticChrome;

    PageChrome(StaticChrome staticChrome) {
        this.staticChrome = staticChrome;
    }

    @ModelAttribute("staticChrome")
    StaticChrome staticChrome() {
        return staticChrome;
    }

    @ModelAttribute("viewer")
    Viewer viewer(HttpServletRequest request) {
        return Viewer.of(request);
    }
}

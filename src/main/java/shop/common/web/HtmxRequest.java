package shop.common.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request came from htmx, as a controller method argument ({@code HtmxRequest htmx}): such a
 * request wants the part of the page it will swap in, not the whole page.
 *
 * @param isHtmx whether the {@code HX-Request} header was sent
 * @param target the id of the element htmx will swap ({@code HX-Target}), or null
 */
public record HtmxRequest(boolean isHtmx, String target) {

    static final String HEADER = "HX-Request";

    public static HtmxRequest of(HttpServletRequest request) {
        return new HtmxRequest("true".equals(request.getHeader(HEADER)), request.getHeader("HX-Target"));
    }
}

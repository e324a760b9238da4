package shop.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a paged list is and the links to its neighbours, which keep every other query parameter (filters)
 * of the request: what {@code layout/admin :: pagination} shows.
 *
 * @param page the page shown, from 1
 * @param pages how many pages there are, at least 1
 */
public record Pagination(int page, int pages, String previousHref, String nextHref) {

    public static Pagination of(HttpServletRequest request, int page, int pages) {
        var self = UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        return new Pagination(page, Math.max(pages, 1),
                page > 1 ? self.cloneBuilder().replaceQueryParam("page", page - 1).build().toUriString() : null,
                page < pages ? self.cloneBuilder().replaceQueryParam("page", page + 1).build().toUriString() : null);
    }

    /** The page to show for a requested one: pages out of range show the nearest page. */
    public static int clamp(int requested, int pages) {
        return Math.min(Math.max(requested, 1), Math.max(pages, 1));
    }

    public boolean isPaged() {
        return pages > 1;
    }
}

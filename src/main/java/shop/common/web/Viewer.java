package shop.common.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

/** Who is looking at a page, as the page chrome needs it: signed in or not, and whether an admin. */
public record Viewer(String email, boolean admin) {

    static final Viewer GUEST = new Viewer(null, false);

    static Viewer of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? GUEST : new Viewer(principal.getName(), request.isUserInRole("ADMIN"));
    }

    public boolean signedIn() {
        return email != null;
    }
}

package shop.user.signin;

import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The cart a browser filled before signing in, as the cart module will name it: the value of the cookie
 * {@value #COOKIE}, an opaque reference of 1 to 64 letters, digits, {@code -} or {@code _}. Anything else
 * is ignored. It goes into {@link shop.user.events.CustomerSignedIn} so that the cart can merge it.
 */
final class GuestCart {

    static final String COOKIE = "SHOP_CART";
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private GuestCart() {
    }

    static String referenceIn(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                    && REFERENCE.matcher(cookie.getValue()).matches()) {
                return cookie.getValue();
            }
        }
        return null;
    }
}

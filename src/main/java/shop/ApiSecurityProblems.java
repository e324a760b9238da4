package shop;

import java.io.IOException;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import shop.common.web.ProblemResponses;

/**
 * The API chain's refusals as RFC 9457 problem details: 401 without a key or with one that does not work
 * (the detail says which), 403 when the key's scope does not cover the request.
 */
final class ApiSecurityProblems implements AuthenticationEntryPoint, AuthenticationFailureHandler, AccessDeniedHandler {

    static final String API_KEY_HEADER = "X-API-Key";
    private static final String CHALLENGE = "ApiKey header=\"" + API_KEY_HEADER + "\"";

    /** No key at all. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        write(request, response, HttpStatus.UNAUTHORIZED, "API key required",
                "Send an API key in the " + API_KEY_HEADER + " header. Create one on your account's API keys page "
                        + "(/account/api-keys).");
    }

    /** A key that is malformed, unknown, revoked, or whose account is locked. */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"invalid_key\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "API key not accepted", e.getMessage());
    }

    /** A working key whose scope does not reach this far. */
    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var scopes = new TreeSet<String>();
        if (authentication != null) {
            authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority != null && authority.startsWith("SCOPE_"))
                    .forEach(authority -> scopes.add(authority.substring("SCOPE_".length())));
        }
        write(request, response, HttpStatus.FORBIDDEN, "Scope too narrow",
                "This API key's scope (" + String.join(", ", scopes) + ") does not allow this request. "
                        + "Use a key with a wider scope.");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String title, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        ProblemResponses.write(problem, request, response);
    }
}

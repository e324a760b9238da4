package shop;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Turns links to stylesheets, scripts and webjars into their content-hashed, versioned addresses. Spring's
 * {@link ResourceUrlEncodingFilter} does the same for <em>every</em> link a page writes, matching each against
 * the resource patterns; a category page has a few hundred links to products and filters, and that matching
 * was a tenth of its rendering time. Only asset links are looked up here, each once per process.
 */
@Component
class AssetLinks extends ResourceUrlEncodingFilter {

    private static final String[] ASSET_PREFIXES = {"/assets/", "/webjars/"};

    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    AssetLinks(ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.resourceUrls = resourceUrls;
    }

    /** Replaces Spring's filter (Boot backs its own off when this one exists). */
    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public String encodeURL(String url) {
                return isAsset(request, url) ? versioned(request, url) : url;
            }
        });
    }

    private static boolean isAsset(HttpServletRequest request, String url) {
        String path = url.substring(request.getContextPath().length() > 0 && url.startsWith(request.getContextPath())
                ? request.getContextPath().length() : 0);
        for (String prefix : ASSET_PREFIXES) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private String versioned(HttpServletRequest request, String url) {
        return resolved.computeIfAbsent(url, key -> {
            ResourceUrlProvider provider = resourceUrls.getIfAvailable();
            String found = provider != null ? provider.getForRequestUrl(request, key) : null;
            return found != null ? found : key;
        });
    }
}

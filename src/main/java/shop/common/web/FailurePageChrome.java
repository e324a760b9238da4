package shop.common.web;

import java.util.Map;

/**
 * What a module adds to the layout of the page shown when a request failed before its controller could
 * fill the model ({@link StorageUnavailable}): e.g. the catalog's category navigation from its last good
 * value, so that a shopper without JavaScript can still move on. Implementations must not fail.
 */
public interface FailurePageChrome {

    void addTo(Map<String, Object> model);
}

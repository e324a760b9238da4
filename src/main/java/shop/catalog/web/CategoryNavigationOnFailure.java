package shop.catalog.web;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.ExtendedModelMap;

import shop.common.web.FailurePageChrome;

/**
 * The category navigation on the page shown when some module's storage failed, from its last good value,
 * so that a shopper can move on to another part of the shop even without JavaScript.
 */
@Component
class CategoryNavigationOnFailure implements FailurePageChrome {

    private final StorefrontModel page;

    CategoryNavigationOnFailure(StorefrontModel page) {
        this.page = page;
    }

    @Override
    public void addTo(Map<String, Object> model) {
        var chrome = new ExtendedModelMap();
        page.chrome(chrome);
        model.putAll(chrome);
    }
}

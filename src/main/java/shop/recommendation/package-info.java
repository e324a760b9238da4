/**
 * Product recommendations with fallbacks. Schema {@code recommendation}.
 */
@ApplicationModule(displayName = "Recommendation", allowedDependencies = { "common", "common :: web" })
package shop.recommendation;

import org.springframework.modulith.ApplicationModule;

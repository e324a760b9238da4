/**
 * The back office's shell and what operators watch: the dashboard at {@code /admin}, composed of each module's
 * panel loaded by htmx from that module's own URL, and the console of Spring Modulith's event publication
 * registry (what still waits for a listener, and the retry of failed deliveries). It owns no schema and no data:
 * it reads the registry through Spring Modulith's own API, and it calls no other module.
 */
@ApplicationModule(displayName = "Operations", allowedDependencies = { "common", "common :: web" })
package shop.operations;

import org.springframework.modulith.ApplicationModule;

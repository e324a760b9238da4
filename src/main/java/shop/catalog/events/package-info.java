/**
 * The events the Catalog module publishes: its only public API.
 */
@NamedInterface("events")
package shop.catalog.events;

import org.springframework.modulith.NamedInterface;

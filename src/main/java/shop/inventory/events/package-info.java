/**
 * The events the Inventory module publishes: its only public API.
 */
@NamedInterface("events")
package shop.inventory.events;

import org.springframework.modulith.NamedInterface;

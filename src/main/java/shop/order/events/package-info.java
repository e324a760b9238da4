/**
 * The events the Order module publishes: its only public API.
 */
@NamedInterface("events")
package shop.order.events;

import org.springframework.modulith.NamedInterface;

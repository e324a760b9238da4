/**
 * The events the Shipping module publishes: its only public API.
 */
@NamedInterface("events")
package shop.shipping.events;

import org.springframework.modulith.NamedInterface;

/**
 * The events the Cart module publishes: its only public API.
 */
@NamedInterface("events")
package shop.cart.events;

import org.springframework.modulith.NamedInterface;

/**
 * The events the User module publishes: its only public API.
 */
@NamedInterface("events")
package shop.user.events;

import org.springframework.modulith.NamedInterface;


/**
 * The events the Media module publishes: its only public API.
 */
@NamedInterface("events")
package shop.media.events;

import org.springframework.modulith.NamedInterface;

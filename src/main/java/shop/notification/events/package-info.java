/**
 * The events the Notification module publishes: its only public API.
 */
@NamedInterface("events")
package shop.notification.events;

import org.springframework.modulith.NamedInterface;

/**
 * The events the Payment module publishes: its only public API.
 */
@NamedInterface("events")
package shop.payment.events;

import org.springframework.modulith.NamedInterface;

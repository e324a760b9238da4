/**
 * The events the Recommendation module publishes: its only public API.
 */
@NamedInterface("events")
package shop.recommendation.events;

import org.springframework.modulith.NamedInterface;

/**
 * The shared kernel: tiny value types that many modules use (money, ids). Nothing else belongs here.
 */
@ApplicationModule(displayName = "Common")
package shop.common;

import org.springframework.modulith.ApplicationModule;

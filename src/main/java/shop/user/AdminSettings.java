package shop.user;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The admin account created on first start. The password comes from {@code SHOP_ADMIN_PASSWORD}
 * ({@code shop.admin.password}); without it a random one is generated and printed once.
 */
@ConfigurationProperties("shop.admin")
public record AdminSettings(@DefaultValue("admin@shop.local") String email, String password) {
}

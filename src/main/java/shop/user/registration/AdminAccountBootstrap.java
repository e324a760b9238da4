package shop.user.registration;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import shop.user.Account;
import shop.user.Accounts;
import shop.user.AdminSettings;

/**
 * Makes sure the shop has its admin on first start. Another node may create it at the same moment: the
 * unique email then wins and this node carries on.
 */
@Component
class AdminAccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminAccountBootstrap.class);

    private final AdminSettings settings;
    private final Accounts accounts;
    private final AccountRegistration registration;

    AdminAccountBootstrap(AdminSettings settings, Accounts accounts, AccountRegistration registration) {
        this.settings = settings;
        this.accounts = accounts;
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.existsByEmail(Account.normalizeEmail(settings.email()))) {
            return;
        }
        boolean generated = !StringUtils.hasText(settings.password());
        String password = generated ? randomPassword() : settings.password();
        try {
            registration.register(settings.email(), "Administrator", password, true);
        } catch (DuplicateKeyException raceLostToAnotherNode) {
            return;
        }
        if (generated) {
            log.warn("Created admin account {} with password {} (shown once; set SHOP_ADMIN_PASSWORD to choose it)",
                    settings.email(), password);
        } else {
            log.info("Created admin account {} with the password from SHOP_ADMIN_PASSWORD", settings.email());
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

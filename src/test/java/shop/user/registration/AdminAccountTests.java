package shop.user.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import shop.user.Account;
import shop.user.Accounts;
import testsupport.ShopIntegrationTest;
import testsupport.TestAccounts;

/** The admin exists after start, with a hashed password, and the notification module has greeted them. */
@ShopIntegrationTest
class AdminAccountTests {

    @Autowired
    Accounts accounts;

    @Autowired
    AdminAccountBootstrap bootstrap;

    @Autowired
    JdbcClient jdbc;

    @Test
    void createsTheAdminOnFirstStartWithAHashedPassword() {
        var admin = accounts.findByEmail(TestAccounts.ADMIN_EMAIL).orElseThrow();

        assertThat(admin.admin()).isTrue();
        assertThat(admin.passwordHash()).startsWith("{bcrypt}").doesNotContain(TestAccounts.ADMIN_PASSWORD);
    }

    @Test
    void startingAgainCreatesNoSecondAdmin() {
        long admins = accounts.findAll().stream().filter(Account::admin).count();
        ApplicationArguments noArguments = new DefaultApplicationArguments();
        bootstrap.run(noArguments);

        // other tests make admins of their own: count what this start adds
        assertThat(accounts.findAll().stream().filter(Account::admin).count()).isEqualTo(admins);
        assertThat(accounts.findAll()).filteredOn(account -> account.email().equals(TestAccounts.ADMIN_EMAIL)).hasSize(1);
    }

    @Test
    void theNewAccountsEventReachesTheNotificationModule() {
        // other tests may send the admin's welcome again from the back office: look for it, not for how often
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("select template from notification.message where recipient = ?")
                        .param(TestAccounts.ADMIN_EMAIL).query(String.class).list())
                .contains("welcome"));
        assertThat(jdbc.sql("select count(*) from notification.message where recipient = ? and template = 'welcome' "
                        + "and dedup_key not like '%#resend:%'")
                .param(TestAccounts.ADMIN_EMAIL).query(Long.class).single()).isOne();
    }

}

package shop.user;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long mailed links and remember-me cookies last, and how hard guessing and mail-bombing are throttled.
 * Counters are kept in memory on each node: with several nodes behind a load balancer, each one counts
 * its own share of the attempts.
 *
 * @param baseUrl the shop's public address, for the links in mails
 * @param verificationLinkLifetime how long an email confirmation link works
 * @param resetLinkLifetime how long a password reset link works (and it works once)
 * @param rememberMeLifetime how long "Keep me signed in" keeps a browser signed in
 * @param signIn failed sign-ins allowed per account and per client address within a window
 * @param mail requests that send mail (register, forgot password, new confirmation link) per client address,
 *        and mails per recipient address, within a window
 */
@ConfigurationProperties("shop.accounts")
public record AccountSettings(
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("24h") Duration verificationLinkLifetime,
        @DefaultValue("1h") Duration resetLinkLifetime,
        @DefaultValue("30d") Duration rememberMeLifetime,
        @DefaultValue SignInLimits signIn,
        @DefaultValue MailLimits mail) {

    record SignInLimits(@DefaultValue("5") int failuresPerAccount, @DefaultValue("20") int failuresPerClient,
            @DefaultValue("15m") Duration window) {
    }

    record MailLimits(@DefaultValue("10") int requestsPerClient, @DefaultValue("3") int mailsPerAddress,
            @DefaultValue("1h") Duration window) {
    }

    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }
}

package shop.notification;

/**
 * Where text messages leave the shop. The built-in {@link LoggingSmsGateway} only logs them (no provider
 * is reachable here); a provider's adapter implements this and is picked up instead.
 */
public interface SmsGateway {

    /** Sends {@code text} to the phone number (international format), or throws. Returns the provider's name. */
    String send(String phoneNumber, String text) throws Exception;
}

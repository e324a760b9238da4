package shop.notification;

/**
 * A message for one recipient, rendered from a template. {@code dedupKey} names the fact it reports
 * (template and subject), so each fact is told once.
 */
record Message(String dedupKey, String recipient, String template) {

    static Message welcome(long accountId, String email) {
        return new Message("welcome:account:" + accountId, email, "welcome");
    }
}

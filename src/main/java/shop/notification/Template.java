package shop.notification;

/**
 * A kind of message. Mail templates live in {@code templates/notification/mail/<name>.html} and
 * {@code .txt} with the subject under {@code mail.<name>.subject} in {@code notification/messages};
 * text messages in {@code templates/notification/sms/<name>.txt}.
 */
record Template(String name, Channel channel, Category category) {

    static final Template WELCOME = new Template("welcome", Channel.MAIL, Category.TRANSACTIONAL);
    static final Template VERIFY_EMAIL = new Template("verify-email", Channel.MAIL, Category.TRANSACTIONAL);
    static final Template PASSWORD_RESET = new Template("password-reset", Channel.MAIL, Category.TRANSACTIONAL);
    static final Template ACCOUNT_EXISTS = new Template("account-exists", Channel.MAIL, Category.TRANSACTIONAL);
    static final Template EMAIL_CHANGE_REQUESTED = new Template("email-change-requested", Channel.MAIL, Category.TRANSACTIONAL);
    static final Template PASSWORD_CHANGED = new Template("password-changed", Channel.MAIL, Category.TRANSACTIONAL);
}

package shop.notification;

/**
 * A kind of message. Mail templates live in {@code templates/notification/mail/<name>.html} and
 * {@code .txt} with the subject under {@code mail.<name>.subject} in {@code notification/messages};
 * text messages in {@code templates/notification/sms/<name>.txt}.
 */
record Template(String name, Channel channel, Category category) {

    static final Template WELCOME = new Template("welcome", Channel.MAIL, Category.TRANSACTIONAL);
}

package shop.notification;

/** A message's texts as the recipient will see them; {@code subject} and {@code html} only for mail. */
record RenderedMessage(String subject, String text, String html) {
}

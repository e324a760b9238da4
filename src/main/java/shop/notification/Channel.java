package shop.notification;

/** How a message reaches its recipient. */
public enum Channel {
    MAIL, SMS
}

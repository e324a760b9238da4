package shop.notification;

/** Transactional messages always go; marketing ones only to recipients who opted in. */
public enum Category {
    TRANSACTIONAL, MARKETING
}

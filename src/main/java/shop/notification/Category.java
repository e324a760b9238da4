package shop.notification;

/** Transactional messages always go; marketing ones only to recipients who have not opted out. */
public enum Category {
    TRANSACTIONAL, MARKETING
}

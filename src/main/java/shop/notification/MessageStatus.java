package shop.notification;

/** Where a message stands: waiting to be (re)tried, done, or given up on with a recorded reason. */
public enum MessageStatus {
    /** Recorded, waiting for its first or next attempt. */
    PENDING,
    /** Handed to the channel. */
    SENT,
    /** Every attempt failed; an admin may resend it. */
    FAILED,
    /** Could never be sent (an invalid address); not attempted. */
    REJECTED,
    /** Not sent because the recipient has not opted in to this category. */
    SKIPPED
}

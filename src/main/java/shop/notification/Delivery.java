package shop.notification;

/** Hands a recorded message to the outside world over one channel. */
interface Delivery {

    Channel channel();

    /**
     * Sends the message or throws; returns how it went out, as admins should read it
     * (e.g. "SMTP mail.example.com").
     */
    String deliver(Message message) throws Exception;
}

package shop.notification;

import org.springframework.stereotype.Component;

/** Text messages through whichever {@link SmsGateway} is configured. */
@Component
class SmsDelivery implements Delivery {

    private final SmsGateway gateway;

    SmsDelivery(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public String deliver(Message message) throws Exception {
        return gateway.send(message.recipient(), message.bodyText());
    }
}

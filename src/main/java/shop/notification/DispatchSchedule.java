package shop.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Dispatcher} every {@code shop.notification.dispatch-every}, on one node at a time.
 * Switched off with {@code shop.notification.dispatch-enabled=false} (e.g. a node that serves pages only).
 */
@Component
@ConditionalOnBooleanProperty(name = "shop.notification.dispatch-enabled", matchIfMissing = true)
class DispatchSchedule {

    private final Dispatcher dispatcher;

    DispatchSchedule(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelayString = "${shop.notification.dispatch-every:2s}")
    @SchedulerLock(name = "dispatch-notifications", lockAtMostFor = "PT5M")
    void run() {
        dispatcher.dispatchDue();
    }
}

package shop.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Signs an account out everywhere after its password or address changed: deletes its sessions from the
 * session store (Spring Session, indexed by the email the session signed in with), except the one it is
 * told to keep. Remember-me cookies need no list: their signature covers the password hash and the
 * address, so they stop working by themselves.
 */
@Component
public class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    AccountSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session signed in as {@code email} but {@code keepSessionId} (may be null); says how many. */
    public int endAll(String email, String keepSessionId) {
        var repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(email).keySet()) {
            if (!id.equals(keepSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            log.info("Ended {} other session(s) of an account after its credentials changed", ended);
        }
        return ended;
    }
}

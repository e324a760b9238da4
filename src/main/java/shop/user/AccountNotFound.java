package shop.user;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has this id (any more). Pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AccountNotFound extends RuntimeException {

    public AccountNotFound(long id) {
        super("No account " + id);
    }
}

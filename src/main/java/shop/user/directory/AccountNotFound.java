package shop.user.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has this id (any more). Pages answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFound extends RuntimeException {

    AccountNotFound(long id) {
        super("No account " + id);
    }
}

package shop.user.web;

import java.security.Principal;

import org.springframework.stereotype.Component;

import shop.user.Customer;
import shop.user.CustomerAccounts;

/** The account behind the signed-in person (whose principal name is their email address). */
@Component
class SignedInCustomers {

    private final CustomerAccounts customers;

    SignedInCustomers(CustomerAccounts customers) {
        this.customers = customers;
    }

    Customer of(Principal principal) {
        if (principal == null) {
            throw new AccountGone();
        }
        return customers.signedIn(principal.getName()).orElseThrow(AccountGone::new);
    }
}

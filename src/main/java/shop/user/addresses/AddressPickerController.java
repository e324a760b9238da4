package shop.user.addresses;

import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import shop.user.Customer;
import shop.user.SignedInCustomers;

/**
 * The address picker other modules' pages (checkout) embed with htmx: the signed-in customer's addresses as
 * radio inputs named as the embedding form wants, the default preselected. Always a fragment, never a whole
 * page: a guest, an empty address book and a failing user storage each get a short message instead. The
 * contract is in the README, section Your account.
 */
@Controller
class AddressPickerController {

    /** Field names a form may ask for: a letter, then letters, digits, {@code _ . -}; at most 50. */
    static final Pattern NAME = Pattern.compile("^[A-Za-z][A-Za-z0-9_.-]{0,49}$");

    private static final Logger log = LoggerFactory.getLogger(AddressPickerController.class);

    private final SignedInCustomers customers;
    private final AddressBook book;

    AddressPickerController(SignedInCustomers customers, AddressBook book) {
        this.customers = customers;
        this.book = book;
    }

    @GetMapping("/account/addresses/picker")
    String picker(@RequestParam(defaultValue = "addressId") String name,
            @RequestParam(defaultValue = "shipping") String preselect, Principal principal, Model model,
            HttpServletResponse response) {
        if (!NAME.matcher(name).matches() || !(preselect.equals("shipping") || preselect.equals("billing"))) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "user/address-picker :: invalid";
        }
        model.addAttribute("name", name);
        model.addAttribute("billing", preselect.equals("billing"));
        if (principal == null) {
            return "user/address-picker :: guest";
        }
        List<Address> addresses;
        try {
            Optional<Customer> customer = customers.find(principal.getName());
            if (customer.isEmpty()) {
                return "user/address-picker :: guest";
            }
            addresses = book.of(customer.get().id());
        } catch (DataAccessException failure) {
            log.warn("Address picker without addresses, user storage unavailable: {}", failure.getMostSpecificCause().getMessage());
            return "user/address-picker :: unavailable";
        }
        if (addresses.isEmpty()) {
            return "user/address-picker :: empty";
        }
        boolean billing = preselect.equals("billing");
        Address selected = addresses.stream().filter(a -> billing ? a.defaultBilling() : a.defaultShipping()).findFirst()
                .orElse(addresses.getFirst());
        model.addAttribute("addresses", addresses);
        model.addAttribute("selected", selected.id());
        return "user/address-picker :: picker";
    }
}

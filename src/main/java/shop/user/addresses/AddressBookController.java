package shop.user.addresses;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shop.user.Customer;
import shop.user.SignedInCustomers;
import shop.user.Texts;
import shop.user.addresses.Address.Use;

/**
 * The address book: list, add, edit, remove (after a confirmation) and choose the default shipping and
 * billing addresses. Every address id in a URL is looked up in the signed-in customer's own book; any other
 * id is not found.
 */
@Controller
@RequestMapping("/account/addresses")
class AddressBookController {

    private static final String BOOK_FULL = "user.address.book-full";

    /** The country select's choices: code to English name, sorted by name. */
    private static final Map<String, String> COUNTRIES = Countries.all().stream()
            .collect(Collectors.toMap(Countries.Country::code, Countries.Country::name, (a, b) -> a, LinkedHashMap::new));

    private final SignedInCustomers signedIn;
    private final AddressBook book;
    private final AddressBookSettings settings;
    private final Texts texts;

    AddressBookController(SignedInCustomers signedIn, AddressBook book, AddressBookSettings settings, Texts texts) {
        this.signedIn = signedIn;
        this.book = book;
        this.settings = settings;
        this.texts = texts;
    }

    @GetMapping
    String list(Principal principal, Model model) {
        Customer customer = signedIn.of(principal);
        List<Address> addresses = book.of(customer.id());
        model.addAttribute("addresses", addresses);
        model.addAttribute("full", addresses.size() >= book.maxAddresses());
        model.addAttribute("max", book.maxAddresses());
        return "user/addresses";
    }

    @GetMapping("/new")
    String newAddress(Principal principal, Model model) {
        Customer customer = signedIn.of(principal);
        AddressForm form = AddressForm.empty(settings.defaultCountry());
        var binding = new BeanPropertyBindingResult(form, "form");
        if (book.of(customer.id()).size() >= book.maxAddresses()) {
            binding.reject(BOOK_FULL, new Object[] {book.maxAddresses()}, null);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", binding);
        return form(model, form, null);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") AddressForm form, BindingResult binding, Principal principal, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Customer customer = signedIn.of(principal);
        if (!binding.hasErrors()) {
            try {
                Address added = book.add(customer.id(), form.details());
                redirect.addFlashAttribute("notice", texts.get(added.defaultShipping() && added.defaultBilling()
                        ? "user.address.added-as-default" : "user.address.added", added.details().fullName()));
                return "redirect:/account/addresses";
            } catch (AddressBookFull full) {
                binding.reject(BOOK_FULL, new Object[] {full.max()}, null);
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, null);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable long id, Principal principal, Model model) {
        Address address = book.find(signedIn.of(principal).id(), id);
        return form(model, AddressForm.of(address), address);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AddressForm form, BindingResult binding,
            Principal principal, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Customer customer = signedIn.of(principal);
        Address address = book.find(customer.id(), id);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, address);
        }
        Address updated = book.update(customer.id(), id, form.details());
        redirect.addFlashAttribute("notice", texts.get("user.address.saved", updated.details().fullName()));
        return "redirect:/account/addresses";
    }

    @GetMapping("/{id}/remove")
    String confirmRemove(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("address", book.find(signedIn.of(principal).id(), id));
        return "user/address-remove";
    }

    @PostMapping("/{id}/remove")
    String remove(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        Address removed = book.remove(signedIn.of(principal).id(), id);
        redirect.addFlashAttribute("notice", texts.get("user.address.removed", removed.details().fullName()));
        return "redirect:/account/addresses";
    }

    /** Makes the address the default for {@code use} ({@code shipping} or {@code billing}). */
    @PostMapping("/{id}/default")
    String makeDefault(@PathVariable long id, @RequestParam String use, Principal principal, RedirectAttributes redirect) {
        Use purpose = switch (use) {
            case "shipping" -> Use.SHIPPING;
            case "billing" -> Use.BILLING;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        };
        Address chosen = book.makeDefault(signedIn.of(principal).id(), id, purpose);
        redirect.addFlashAttribute("notice", texts.get(purpose == Use.SHIPPING ? "user.address.default.shipping"
                : "user.address.default.billing", chosen.details().oneLine()));
        return "redirect:/account/addresses";
    }

    private String form(Model model, AddressForm form, Address address) {
        model.addAttribute("form", form);
        model.addAttribute("address", address);
        model.addAttribute("countries", COUNTRIES);
        model.addAttribute("action", address == null ? "/account/addresses" : "/account/addresses/" + address.id());
        return "user/address-form";
    }

}

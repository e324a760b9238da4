package shop.user.account;

import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

import shop.user.Customer;
import shop.user.SignedInCustomers;
import shop.user.Texts;
import shop.user.addresses.Address;
import shop.user.addresses.AddressBook;

/**
 * The signed-in customer's account overview: profile (display name), a summary of the address book,
 * marketing consent, and the privacy actions (download my data, delete my account).
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final SignedInCustomers signedIn;
    private final CustomerAccounts customers;
    private final AddressBook addressBook;
    private final PersonalDataExport export;
    private final JsonMapper json;
    private final Texts texts;

    AccountController(SignedInCustomers signedIn, CustomerAccounts customers, AddressBook addressBook,
            PersonalDataExport export, JsonMapper json, Texts texts) {
        this.signedIn = signedIn;
        this.customers = customers;
        this.addressBook = addressBook;
        this.export = export;
        this.json = json;
        this.texts = texts;
    }

    @GetMapping
    String overview(Principal principal, Model model) {
        Customer customer = signedIn.of(principal);
        model.addAttribute("profile", new ProfileForm(customer.displayName()));
        return overview(customer, model);
    }

    @PostMapping("/profile")
    String saveProfile(@Valid @ModelAttribute("profile") ProfileForm form, BindingResult binding, Principal principal,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Customer customer = signedIn.of(principal);
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return overview(customer, model);
        }
        customers.rename(customer.id(), form.displayName());
        redirect.addFlashAttribute("notice", texts.get("user.account.name-saved", form.displayName()));
        return "redirect:/account";
    }

    @PostMapping("/marketing")
    String saveMarketing(@RequestParam(defaultValue = "false") boolean marketing, Principal principal,
            RedirectAttributes redirect) {
        Customer customer = signedIn.of(principal);
        customers.consentToMarketing(customer.id(), marketing);
        redirect.addFlashAttribute("notice", texts.get(marketing ? "user.account.marketing.on" : "user.account.marketing.off"));
        return "redirect:/account";
    }

    /** Download my data: everything the user module holds about the customer, as a JSON file. */
    @GetMapping("/data")
    ResponseEntity<byte[]> personalData(Principal principal) {
        Customer customer = signedIn.of(principal);
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.of(customer.id()));
        String filename = "shop-personal-data-" + LocalDate.now(ZoneOffset.UTC) + ".json";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private String overview(Customer customer, Model model) {
        List<Address> addresses = addressBook.of(customer.id());
        model.addAttribute("customer", customer);
        model.addAttribute("memberSince", DAY.format(customer.createdAt().atZone(ZoneOffset.UTC)));
        model.addAttribute("addressCount", addresses.size());
        model.addAttribute("defaultShipping", addresses.stream().filter(Address::defaultShipping).findFirst().orElse(null));
        model.addAttribute("defaultBilling", addresses.stream().filter(Address::defaultBilling).findFirst().orElse(null));
        return "user/account";
    }
}

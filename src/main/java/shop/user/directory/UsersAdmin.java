package shop.user.directory;

import java.security.Principal;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shop.common.web.HtmxRequest;
import shop.user.AuditLog;
import shop.user.Texts;
import shop.user.apikeys.ApiKeys;

/**
 * The shop's accounts for admins: a searchable, filterable list (the results alone for htmx), one account
 * with its addresses, keys and audit trail, and the changes admins make, each after a confirmation page.
 * The audit log of every admin action is at {@code /admin/users/audit}.
 */
@Controller
@RequestMapping("/admin/users")
class UsersAdmin {

    static final int PAGE_SIZE = 25;
    static final int MAX_SEARCH = 200;
    static final int AUDIT_ON_USER_PAGE = 20;
    static final int AUDIT_PAGE_SIZE = 50;

    private final UserDirectory directory;
    private final AccountAdministration administration;
    private final AuditLog audit;
    private final ApiKeys keys;
    private final Texts texts;

    UsersAdmin(UserDirectory directory, AccountAdministration administration, AuditLog audit, ApiKeys keys, Texts texts) {
        this.directory = directory;
        this.administration = administration;
        this.audit = audit;
        this.keys = keys;
        this.texts = texts;
    }

    @GetMapping
    String list(@RequestParam(required = false, defaultValue = "") String q,
            @RequestParam(required = false) UserStatus status,
            @RequestParam(required = false, defaultValue = "1") long page,
            HtmxRequest htmx, Model model) {
        String text = q.strip();
        if (text.length() > MAX_SEARCH) {
            model.addAttribute("searchError", texts.get("user.admin.search.too-long", MAX_SEARCH));
            text = "";
        }
        var query = new UserDirectory.Query(text, status);
        long total = directory.count(query);
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        long current = Math.clamp(page, 1, pages);
        model.addAttribute("users", directory.search(query, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("q", text);
        model.addAttribute("status", status);
        model.addAttribute("statuses", UserStatus.values());
        return htmx.isHtmx() ? "user/admin/users :: results" : "user/admin/users";
    }

    @GetMapping("/{id}")
    String user(@PathVariable long id, Principal principal, Model model) {
        var user = directory.find(id).orElseThrow(() -> new AccountNotFound(id));
        model.addAttribute("user", user);
        model.addAttribute("self", user.email().equals(principal.getName()));
        model.addAttribute("addresses", directory.addresses(id));
        model.addAttribute("keys", keys.activeKeysOf(id));
        model.addAttribute("entries", audit.newest(id, 0, AUDIT_ON_USER_PAGE));
        model.addAttribute("entriesTotal", audit.count(id));
        List<AccountChange> offered = Arrays.stream(AccountChange.values())
                .filter(change -> administration.refusal(principal.getName(), id, change).isEmpty())
                .toList();
        model.addAttribute("changes", offered);
        return "user/admin/user";
    }

    @GetMapping("/{id}/{change}")
    String confirm(@PathVariable long id, @PathVariable String change, Principal principal, Model model,
            RedirectAttributes redirect) {
        AccountChange asked = changeNamed(change);
        var user = directory.find(id).orElseThrow(() -> new AccountNotFound(id));
        var refusal = administration.refusal(principal.getName(), id, asked);
        if (refusal.isPresent()) {
            redirect.addFlashAttribute("problem", refusal.get());
            return "redirect:/admin/users/" + id;
        }
        model.addAttribute("user", user);
        model.addAttribute("change", asked);
        return "user/admin/confirm";
    }

    @PostMapping("/{id}/{change}")
    String apply(@PathVariable long id, @PathVariable String change, Principal principal, RedirectAttributes redirect) {
        AccountChange asked = changeNamed(change);
        try {
            redirect.addFlashAttribute("notice", administration.apply(principal.getName(), id, asked));
        } catch (AdministrationRefused refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin/users/" + id;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false, defaultValue = "1") long page,
            @RequestParam(required = false) Long user, Model model) {
        long total = audit.count(user);
        long pages = Math.max(1, (total + AUDIT_PAGE_SIZE - 1) / AUDIT_PAGE_SIZE);
        long current = Math.clamp(page, 1, pages);
        model.addAttribute("entries", audit.newest(user, (current - 1) * AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("user", user == null ? null : directory.find(user).orElse(null));
        model.addAttribute("userId", user);
        return "user/admin/audit";
    }

    /** The dashboard's panel, loaded by htmx. */
    @GetMapping("/panel")
    String panel(Model model) {
        model.addAttribute("counts", directory.counts());
        return "user/admin/panel :: panel";
    }

    private static AccountChange changeNamed(String slug) {
        return AccountChange.fromSlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}

package shop.user.apikeys;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shop.user.Texts;

/**
 * Every working API key of the shop for admins: who holds it, its scope, when it was last used; revoking
 * any of them; and creating keys of any scope for the admin's own account. A new key is shown once, on the
 * answer to the form (never stored in the session or a redirect).
 */
@Controller
@RequestMapping("/admin/api-keys")
class ApiKeysAdmin {

    static final int PAGE_SIZE = 50;

    private final ApiKeys keys;
    private final Texts texts;

    ApiKeysAdmin(ApiKeys keys, Texts texts) {
        this.keys = keys;
        this.texts = texts;
    }

    @GetMapping
    String list(@RequestParam(required = false, defaultValue = "1") long page, Model model) {
        return page(model, page);
    }

    @PostMapping
    String create(@ModelAttribute("form") KeyForm form, BindingResult binding, Principal principal, Model model,
            HttpServletResponse response) {
        try {
            var issued = keys.issue(principal.getName(), form.name(), form.scope());
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            model.addAttribute("issued", issued);
            return "user/admin/api-key-created";
        } catch (KeyRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            KeyForm.reject(binding, refused);
            return page(model, 1);
        }
    }

    @GetMapping("/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Model model) {
        model.addAttribute("key", keys.activeKey(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "user/admin/api-key-revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        var key = keys.activeKey(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            if (keys.revokeAsAdmin(principal.getName(), id)) {
                redirect.addFlashAttribute("notice", texts.get("user.key.revoked-of", key.name(), key.ownerEmail()));
            } else {
                redirect.addFlashAttribute("problem", texts.get("user.key.already-revoked"));
            }
        } catch (KeyRefused refused) {
            redirect.addFlashAttribute("problem", texts.get(refused.code(), refused.arguments()));
        }
        return "redirect:/admin/api-keys";
    }

    private String page(Model model, long page) {
        long total = keys.countActive();
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        long current = Math.clamp(page, 1, pages);
        model.addAttribute("keys", keys.allActive((current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", KeyForm.empty());
        }
        model.addAttribute("scopes", Scope.grantableTo(true));
        return "user/admin/api-keys";
    }
}

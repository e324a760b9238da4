package shop.user.apikeys;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import shop.user.Texts;

/**
 * A signed-in customer's own API keys: create one (shown once, on the answer to the form), list them, revoke
 * one after a confirmation. Someone else's key is "not found", whatever its id.
 */
@Controller
@RequestMapping("/account/api-keys")
class AccountApiKeys {

    private final ApiKeys keys;
    private final Texts texts;

    AccountApiKeys(ApiKeys keys, Texts texts) {
        this.keys = keys;
        this.texts = texts;
    }

    @GetMapping
    String list(Principal principal, HttpServletRequest request, Model model) {
        return page(model, principal, request);
    }

    @PostMapping
    String create(@ModelAttribute("form") KeyForm form, BindingResult binding, Principal principal,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            var issued = keys.issue(principal.getName(), form.name(), form.scope());
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            model.addAttribute("issued", issued);
            return "user/account/api-key-created";
        } catch (KeyRefused refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            KeyForm.reject(binding, refused);
            return page(model, principal, request);
        }
    }

    @GetMapping("/{id}/revoke")
    String confirmRevoke(@PathVariable long id, Principal principal, Model model) {
        model.addAttribute("key", keys.activeKeyOf(principal.getName(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "user/account/api-key-revoke";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
        var key = keys.activeKeyOf(principal.getName(), id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (keys.revokeOwn(principal.getName(), id)) {
            redirect.addFlashAttribute("notice", texts.get("user.key.revoked", key.name()));
        } else {
            redirect.addFlashAttribute("problem", texts.get("user.key.already-revoked"));
        }
        return "redirect:/account/api-keys";
    }

    private String page(Model model, Principal principal, HttpServletRequest request) {
        model.addAttribute("keys", keys.activeKeysOf(principal.getName()));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", KeyForm.empty());
        }
        model.addAttribute("scopes", Scope.grantableTo(request.isUserInRole("ADMIN")));
        model.addAttribute("maxKeys", ApiKeys.MAX_ACTIVE_KEYS);
        return "user/account/api-keys";
    }
}

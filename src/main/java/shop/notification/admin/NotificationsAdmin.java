package shop.notification.admin;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import shop.common.web.Pagination;
import shop.notification.MessageStatus;
import shop.notification.Outbox;

/**
 * Every message the shop sent or tried to send, for admins: a filterable list, each message as the
 * recipient saw it, and resending one. The list answers htmx requests with its results fragment only.
 */
@Controller
@RequestMapping("/admin/notifications")
class NotificationsAdmin {

    static final int PAGE_SIZE = 25;
    static final int MAX_RECIPIENT_FILTER = 254;

    private final Outbox outbox;
    private final MessageSource messages;

    NotificationsAdmin(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) MessageStatus status,
            @RequestParam(required = false, defaultValue = "") String recipient,
            @RequestParam(required = false, defaultValue = "1") int page,
            HtmxRequest htmx, HttpServletRequest request, Model model) {
        String filter = recipient.strip();
        if (filter.length() > MAX_RECIPIENT_FILTER) {
            model.addAttribute("recipientTooLong", MAX_RECIPIENT_FILTER);
            filter = "";
        }
        long total = outbox.count(status, filter);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Pagination.clamp(page, pages);
        model.addAttribute("messages", outbox.search(status, filter, (current - 1) * PAGE_SIZE, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("pagination", Pagination.of(request, current, pages));
        model.addAttribute("status", status);
        model.addAttribute("recipient", filter);
        model.addAttribute("statuses", MessageStatus.values());
        return htmx.isHtmx() ? "notification/admin/list :: results" : "notification/admin/list";
    }

    @GetMapping("/{id}")
    String message(@PathVariable long id, Model model) {
        model.addAttribute("message", outbox.find(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "notification/admin/message";
    }

    /**
     * A mail's HTML body on its own, for the message page's sandboxed frame. It has a policy of its own: mail
     * HTML is styled inline, which the pages' Content-Security-Policy (inherited by a {@code srcdoc} frame)
     * forbids; nothing in it may run, and only the back office may frame it ({@code frame-ancestors 'self'}, which
     * browsers obey instead of the {@code X-Frame-Options: DENY} every page carries).
     */
    @GetMapping("/{id}/html")
    ResponseEntity<String> html(@PathVariable long id) {
        var message = outbox.find(id).filter(found -> found.bodyHtml() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", MAIL_PREVIEW_POLICY)
                .body(message.bodyHtml());
    }

    static final String MAIL_PREVIEW_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-ancestors 'self'; sandbox";

    @PostMapping("/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        var original = outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return outbox.resend(id)
                .map(copy -> {
                    redirect.addFlashAttribute("notice", messages.getMessage("notification.admin.resent",
                            new Object[] {original.recipient()}, locale));
                    return "redirect:/admin/notifications/" + copy;
                })
                .orElseGet(() -> {
                    redirect.addFlashAttribute("problem", messages.getMessage("notification.admin.rejected",
                            new Object[] {original.lastError()}, locale));
                    return "redirect:/admin/notifications/" + id;
                });
    }

    /** The dashboard's panel, loaded by htmx. */
    @GetMapping("/panel")
    String panel(Model model) {
        model.addAttribute("counts", outbox.countByStatus());
        return "notification/admin/panel :: panel";
    }
}

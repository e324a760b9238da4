package shop.operations;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's front page. Modules contribute their own panels as htmx fragments (the page only names
 * their URLs); the dashboard itself reports on the event publication registry, which belongs to no module.
 */
@Controller
class AdminDashboard {

    private static final int WAITING_SHOWN = 20;

    private final EventPublications publications;

    AdminDashboard(EventPublications publications) {
        this.publications = publications;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        var backlog = publications.backlog(WAITING_SHOWN);
        model.addAttribute("incompleteEvents", backlog.count());
        model.addAttribute("waitingEvents", backlog.oldest());
        return "operations/dashboard";
    }

    @PostMapping("/admin/events/resubmit")
    String resubmitFailedEvents(RedirectAttributes redirect) {
        publications.resubmitAllFailedNow();
        redirect.addFlashAttribute("notice", "operations.events.resubmitted");
        return "redirect:/admin";
    }
}

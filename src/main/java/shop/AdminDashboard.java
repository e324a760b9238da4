package shop;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The back office's front page. Modules contribute their own panels as htmx fragments; the dashboard
 * itself reports on the event publication registry, which belongs to no module.
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
        model.addAttribute("incompleteEvents", publications.countIncomplete());
        model.addAttribute("waitingEvents", publications.oldestIncomplete(WAITING_SHOWN));
        return "admin/dashboard";
    }

    @PostMapping("/admin/events/resubmit")
    String resubmitFailedEvents(RedirectAttributes redirect) {
        publications.resubmitAllFailedNow();
        redirect.addFlashAttribute("notice", "Failed events were handed to their listeners again.");
        return "redirect:/admin";
    }
}

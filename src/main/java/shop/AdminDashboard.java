package shop;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The back office's front page. Modules contribute their own panels as htmx fragments; the dashboard
 * itself only reports on the event publication registry, which belongs to no module.
 */
@Controller
class AdminDashboard {

    private final JdbcClient jdbc;

    AdminDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin")
    String dashboard(Model model) {
        model.addAttribute("incompleteEvents",
                jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class).single());
        return "admin/dashboard";
    }
}

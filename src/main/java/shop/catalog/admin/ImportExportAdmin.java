package shop.catalog.admin;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Products in and out as CSV: the export of the whole catalog, and the import in two steps (upload with
 * its mode, update or replace → preview with every problem and every removal → confirm). Between the
 * steps the file and its mode wait on the server under a random token that only its uploader can use.
 */
@Controller
@RequestMapping("/admin/catalog")
class ImportExportAdmin {

    private static final int PROBLEMS_SHOWN = 500;

    private final ProductLookup products;
    private final ProductImport importer;
    private final ImportUploads uploads;
    private final ImportSettings settings;
    private final AdminMessages messages;

    ImportExportAdmin(ProductLookup products, ProductImport importer, ImportUploads uploads, ImportSettings settings,
            AdminMessages messages) {
        this.products = products;
        this.importer = importer;
        this.uploads = uploads;
        this.settings = settings;
        this.messages = messages;
    }

    @GetMapping("/export")
    void export(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("products-" + LocalDate.now(ZoneOffset.UTC) + ".csv").build().toString());
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            ProductCsv.write(out, products);
        }
    }

    @GetMapping("/import")
    String upload(Model model) {
        model.addAttribute("form", ImportForm.blank());
        return uploadPage(model);
    }

    @PostMapping("/import")
    String upload(@Valid @ModelAttribute("form") ImportForm form, BindingResult binding, Principal admin, Model model,
            HttpServletResponse response) throws IOException {
        MultipartFile file = form.file();
        if (file == null || file.isEmpty()) {
            binding.rejectValue("file", "catalog.import.file.required");
        } else if (file.getSize() > settings.maxFileSize().toBytes()) {
            binding.rejectValue("file", "catalog.import.file.too-large",
                    new Object[] { settings.maxFileSize().toMegabytes() + " MB" }, null);
        }
        if (binding.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return uploadPage(model);
        }
        ImportMode mode = ImportMode.of(form.mode()).orElseThrow();
        byte[] content = file.getBytes();
        String problem = importer.preview(content, mode).fileProblem();
        if (problem != null) {
            binding.rejectValue("file", "catalog.import.file.problem", new Object[] { problem }, problem);
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return uploadPage(model);
        }
        String token = uploads.keep(admin.getName(), fileName(file), content, mode);
        return "redirect:/admin/catalog/import/" + token;
    }

    @GetMapping("/import/{token}")
    String preview(@PathVariable String token, Principal admin, Model model, RedirectAttributes redirect) {
        var upload = uploads.find(token, admin.getName()).orElse(null);
        if (upload == null) {
            redirect.addFlashAttribute("problem", messages.text("catalog.import.expired"));
            return "redirect:/admin/catalog/import";
        }
        return previewPage(model, upload, importer.preview(upload.content(), upload.mode()), null);
    }

    @PostMapping("/import/{token}")
    String confirm(@PathVariable String token, @RequestParam(required = false) String removals, Principal admin,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        var upload = uploads.find(token, admin.getName()).orElse(null);
        if (upload == null) {
            redirect.addFlashAttribute("problem", messages.text("catalog.import.expired"));
            return "redirect:/admin/catalog/import";
        }
        var outcome = importer.apply(upload.content(), upload.mode(), removals);
        if (outcome.counts() == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return previewPage(model, upload, outcome.preview(), outcome.problem());
        }
        uploads.forget(token);
        var counts = outcome.counts();
        String notice = messages.text("catalog.import.done", upload.fileName(), counts.created(), counts.updated());
        if (counts.withdrawn() > 0) {
            notice += " " + messages.text("catalog.import.done.withdrawn", counts.withdrawn());
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/catalog/products";
    }

    private String uploadPage(Model model) {
        model.addAttribute("maxRows", settings.maxRows());
        model.addAttribute("maxFileSize", settings.maxFileSize().toMegabytes() + " MB");
        model.addAttribute("columns", ProductCsv.Column.values());
        return "catalog/admin/import";
    }

    private String previewPage(Model model, ImportUploads.Upload upload, ProductImport.Preview preview, String problem) {
        model.addAttribute("upload", upload);
        model.addAttribute("preview", preview);
        model.addAttribute("confirmProblem", problem);
        model.addAttribute("problemsShown", preview.problems().stream().limit(PROBLEMS_SHOWN).toList());
        model.addAttribute("removalsShown", preview.removals().stream().limit(PROBLEMS_SHOWN).toList());
        return "catalog/admin/import-preview";
    }

    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().replaceAll("[\\p{Cntrl}]", "");
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isBlank()) {
            name = "products.csv";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}

package shop.catalog.admin;

import jakarta.validation.constraints.Pattern;
import org.springframework.web.multipart.MultipartFile;

/** The import's upload form: the CSV file and what to do with what it does not name ({@link ImportMode}). */
record ImportForm(MultipartFile file,
        @Pattern(regexp = "^$|update|replace", message = "{catalog.import.mode.unknown}") String mode) {

    static ImportForm blank() {
        return new ImportForm(null, ImportMode.UPDATE.value());
    }
}

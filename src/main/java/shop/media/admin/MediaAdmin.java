package shop.media.admin;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import shop.media.DecodersBusy;
import shop.media.ImageRejected;
import shop.media.MediaLibrary;
import shop.media.MediaSettings;
import shop.media.ObjectStoreException;
import shop.media.StoredImage;
import shop.media.Variant;

/**
 * The back office's upload: {@code POST /admin/media} with the image in the multipart field {@code file}
 * answers 201 with the image's key, size and addresses (200 if those bytes were stored before). A refused
 * upload answers RFC 9457 problem details saying why, and leaves nothing behind. The file's name and the
 * Content-Type the client sends are ignored: the bytes say what the file is.
 */
@RestController
@RequestMapping("/admin/media")
class MediaAdmin {

    private static final Logger log = LoggerFactory.getLogger(MediaAdmin.class);

    private final MediaLibrary library;
    private final MediaSettings settings;
    private final MessageSource messages;

    MediaAdmin(MediaLibrary library, MediaSettings settings, MessageSource messages) {
        this.library = library;
        this.settings = settings;
        this.messages = messages;
    }

    @PostMapping
    ResponseEntity<UploadedImage> upload(@RequestParam("file") MultipartFile file) throws IOException {
        library.checkUploadSize(file.getSize());
        MediaLibrary.Stored stored = library.store(file.getBytes());
        UploadedImage body = UploadedImage.of(stored.image());
        return stored.created()
                ? ResponseEntity.created(URI.create(body.urls().get(Variant.ORIGINAL.pathName()))).body(body)
                : ResponseEntity.ok(body);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rejected(ImageRejected rejected) {
        HttpStatus status = switch (rejected.reason()) {
            case EMPTY, UNREADABLE -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE, TOO_MANY_PIXELS -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rejected.detail());
        problem.setTitle(switch (rejected.reason()) {
            case EMPTY -> "Empty file";
            case TOO_LARGE -> "File too large";
            case TOO_MANY_PIXELS -> "Image too large";
            case UNSUPPORTED_TYPE -> "Unsupported image type";
            case UNREADABLE -> "Unreadable image";
        });
        problem.setProperty("reason", rejected.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return problem(problem);
    }

    /** Too many images are being decoded: nothing was stored, and the same upload will do in a few seconds. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(DecodersBusy busy, Locale locale) {
        long seconds = busy.retryAfter().toSeconds();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                messages.getMessage("media.busy.detail", new Object[] {seconds}, locale));
        problem.setTitle(messages.getMessage("media.busy.title", null, locale));
        problem.setProperty("reason", "busy");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> notAnUpload(Exception e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Send the image as multipart/form-data in a field named \"file\".");
        problem.setTitle("No file");
        problem.setProperty("reason", "no-file");
        return problem(problem);
    }

    /**
     * The servlet container's own limit ({@code spring.servlet.multipart.*}, parsed lazily so that it is
     * found here): the file never reaches {@link MediaLibrary}.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The upload is larger than the shop accepts: an image may be at most "
                        + settings.maxUploadSize().toMegabytes() + " MB.");
        problem.setTitle("File too large");
        problem.setProperty("reason", "too-large");
        return problem(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> storeFailed(ObjectStoreException e) {
        log.error("Upload not stored: {}", e.getMessage(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "Images cannot be stored right now. Nothing was saved; please try again in a few minutes.");
        problem.setTitle("Storage unavailable");
        return problem(problem);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** What an uploader needs to show the image: its key, its size and the address of each variant. */
    record UploadedImage(String key, int width, int height, String contentType, long byteSize, Map<String, String> urls) {

        static UploadedImage of(StoredImage image) {
            Map<String, String> urls = new LinkedHashMap<>();
            for (Variant variant : Variant.values()) {
                urls.put(variant.pathName(), image.url(variant));
            }
            return new UploadedImage(image.key().value(), image.width(), image.height(), image.format().mediaType(),
                    image.byteSize(), urls);
        }
    }
}

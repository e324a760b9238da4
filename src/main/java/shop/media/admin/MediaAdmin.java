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
 * upload answers RFC 9457 problem details saying why (in the words of {@code media/messages.properties}),
 * and leaves nothing behind; the shop's {@code ApiProblems} answers everything else an API call can get wrong. The file's name and the
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
    ResponseEntity<ProblemDetail> rejected(ImageRejected rejected, Locale locale) {
        HttpStatus status = switch (rejected.reason()) {
            case EMPTY, UNREADABLE -> HttpStatus.BAD_REQUEST;
            case TOO_LARGE, TOO_MANY_PIXELS -> HttpStatus.CONTENT_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
        return answer(status, "rejected." + rejected.reason().code(), rejected.reason().code(), rejected.getArguments(), locale);
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> notAnUpload(Exception e, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, "no-file", "no-file", null, locale);
    }

    /**
     * The servlet container's own limit ({@code spring.servlet.multipart.*}, parsed lazily so that it is
     * found here): the file never reaches {@link MediaLibrary}.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "too-large",
                new Object[] {String.valueOf(settings.maxUploadSize().toMegabytes())}, locale);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> storeFailed(ObjectStoreException e, Locale locale) {
        log.error("Upload not stored: {}", e.getMessage(), e);
        return answer(HttpStatus.SERVICE_UNAVAILABLE, "store-failed", null, null, locale);
    }

    /** Too many images are being decoded: nothing was stored, and the same upload will do in a few seconds. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> busy(DecodersBusy busy, Locale locale) {
        long seconds = busy.retryAfter().toSeconds();
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "busy", new Object[] {String.valueOf(seconds)}, locale));
    }

    /** The problem as {@code application/problem+json}, also to a client that asked for plain JSON. */
    private ResponseEntity<ProblemDetail> answer(HttpStatus status, String message, String reason, Object[] arguments,
            Locale locale) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, message, reason, arguments, locale));
    }

    /**
     * Problem details in the media module's words: title {@code media.<message>.title}, detail
     * {@code media.<message>} with {@code arguments}, and {@code reason} (when given) for clients to act on.
     */
    private ProblemDetail problem(HttpStatus status, String message, String reason, Object[] arguments, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("media." + message, arguments, locale));
        problem.setTitle(messages.getMessage("media." + message + ".title", null, locale));
        if (reason != null) {
            problem.setProperty("reason", reason);
        }
        return problem;
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

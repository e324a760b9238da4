package shop.media.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import shop.media.ImageFormat;
import shop.media.ImageKey;
import shop.media.MediaLibrary;
import shop.media.ObjectStoreException;
import shop.media.Variant;

/**
 * Serves images at {@code /media/<key>/<size>}. What is under a key never changes (the key is the SHA-256 of
 * the original), so a found image is cached for a year and revalidated by its ETag. Every other answer is
 * the shop's placeholder image, never a broken image or an error page: 404 for an unknown or malformed key
 * or size (cached for a minute), 503 when the store fails (not cached).
 */
@RestController
class MediaFiles {

    private static final Logger log = LoggerFactory.getLogger(MediaFiles.class);

    static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    static final CacheControl MISSING = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    static final CacheControl PLACEHOLDER = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();
    /** Opened on their own, served files can run nothing: defence in depth for user-supplied bytes. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";
    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");

    private final MediaLibrary library;
    private final byte[] placeholder;

    MediaFiles(MediaLibrary library) {
        this.library = library;
        this.placeholder = read(new ClassPathResource("static/img/placeholder.svg"));
    }

    @GetMapping("/media/{key}/{size}")
    ResponseEntity<byte[]> image(@PathVariable String key, @PathVariable String size,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        Optional<ImageKey> imageKey = ImageKey.parse(key);
        Optional<Variant> variant = Variant.named(size);
        if (imageKey.isEmpty() || variant.isEmpty()) {
            return placeholder(HttpStatus.NOT_FOUND, MISSING);
        }
        ETag etag = new ETag(imageKey.get().value() + "." + variant.get().pathName(), false);
        if (ifNoneMatch != null && ETag.parse(ifNoneMatch).stream().anyMatch(tag -> tag.isWildcard() || tag.compare(etag, false))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag.formattedTag()).cacheControl(FOREVER).build();
        }
        byte[] bytes;
        try {
            bytes = library.read(imageKey.get(), variant.get()).orElse(null);
        } catch (ObjectStoreException | IllegalArgumentException e) {
            log.warn("Serving the placeholder for {}/{}: {}", key, size, e.getMessage());
            return placeholder(HttpStatus.SERVICE_UNAVAILABLE, CacheControl.noStore());
        }
        if (bytes == null) {
            return placeholder(HttpStatus.NOT_FOUND, MISSING);
        }
        Optional<ImageFormat> format = ImageFormat.sniff(bytes);
        if (format.isEmpty()) {
            log.warn("Serving the placeholder for {}/{}: the stored file is no JPEG, PNG or WebP image", key, size);
            return placeholder(HttpStatus.SERVICE_UNAVAILABLE, CacheControl.noStore());
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.get().mediaType()))
                .eTag(etag.formattedTag())
                .cacheControl(FOREVER)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(bytes);
    }

    /** The image that stands in for one that cannot be shown; {@code media.js} also uses it for failed loads. */
    @GetMapping("/media/placeholder.svg")
    ResponseEntity<byte[]> placeholder() {
        return placeholder(HttpStatus.OK, PLACEHOLDER);
    }

    /** Any other address under /media (no size, extra segments, a trailing slash) names no image either. */
    @GetMapping("/media/**")
    ResponseEntity<byte[]> elsewhere() {
        return placeholder(HttpStatus.NOT_FOUND, MISSING);
    }

    private ResponseEntity<byte[]> placeholder(HttpStatus status, CacheControl cache) {
        return ResponseEntity.status(status)
                .contentType(SVG)
                .cacheControl(cache)
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .body(placeholder);
    }

    private static byte[] read(ClassPathResource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The placeholder image " + resource.getPath() + " is missing", e);
        }
    }
}

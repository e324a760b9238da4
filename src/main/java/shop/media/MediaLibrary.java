package shop.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import shop.media.events.ImageStored;

/**
 * The module's use cases: store an uploaded image with its variants, and hand out a variant's bytes.
 * Decoding and scaling happen before any database work, so a large upload never holds a connection; the
 * image is recorded and {@link ImageStored} published in one short transaction after its files are written.
 * Nothing of a refused or failed upload stays behind.
 */
@Service
public class MediaLibrary {

    private static final Logger log = LoggerFactory.getLogger(MediaLibrary.class);

    private final ImageDecoder decoder;
    private final DecodePermits permits;
    private final Renditions renditions;
    private final ObjectStore store;
    private final Images images;
    private final TransactionOperations transactions;
    private final ApplicationEventPublisher events;

    MediaLibrary(ImageDecoder decoder, DecodePermits permits, Renditions renditions, ObjectStore store, Images images,
            TransactionOperations transactions, ApplicationEventPublisher events) {
        this.decoder = decoder;
        this.permits = permits;
        this.renditions = renditions;
        this.store = store;
        this.images = images;
        this.transactions = transactions;
        this.events = events;
    }

    /** Refuses an upload by its announced size, before its bytes are read. */
    public void checkUploadSize(long bytes) {
        decoder.checkSize(bytes);
    }

    /**
     * Stores {@code upload}, stripped of its metadata ({@link MetadataStripper}), and its variants under the
     * SHA-256 of the uploaded bytes, or throws {@link ImageRejected} (nothing stored), {@link DecodersBusy}
     * (nothing stored, try again later) or {@link ObjectStoreException}. Storing the same bytes again does
     * nothing and says so.
     */
    public Stored store(byte[] upload) {
        decoder.checkSize(upload.length);
        ImageKey key = ImageKey.of(upload);
        Optional<StoredImage> known = images.find(key);
        if (known.isPresent() && complete(key)) {
            return new Stored(known.get(), false);
        }
        // the pixels are let go of with the permit: only the encoded files are kept while they are written
        byte[] original;
        Map<Variant, byte[]> variants;
        ImageFormat format;
        int width;
        int height;
        try (var permit = permits.acquire()) {
            DecodedImage image = decoder.decode(upload);
            original = MetadataStripper.strip(upload, image.format(), image.orientation());
            variants = renditions.of(image);
            format = image.format();
            width = image.width();
            height = image.height();
        }
        return save(key, original, format, width, height, variants);
    }

    /**
     * Stores a picture the shop drew itself, the way {@link #store} stores an upload, minus the decoding:
     * {@code jpeg} are the bytes of {@code pixels} as a JPEG of the variants' quality, and serve as the
     * original and as any variant of the same size.
     */
    Stored storeDrawn(BufferedImage pixels, byte[] jpeg) {
        ImageKey key = ImageKey.of(jpeg);
        Optional<StoredImage> known = images.find(key);
        if (known.isPresent() && complete(key)) {
            return new Stored(known.get(), false);
        }
        DecodedImage image = new DecodedImage(ImageFormat.JPEG, pixels);
        return save(key, jpeg, image.format(), image.width(), image.height(), renditions.of(image, jpeg));
    }

    /** Whether the image under {@code key} is recorded and every one of its files is in the store. */
    boolean has(ImageKey key) {
        return images.find(key).isPresent() && complete(key);
    }

    private Stored save(ImageKey key, byte[] original, ImageFormat format, int width, int height,
            Map<Variant, byte[]> variants) {
        Map<Variant, byte[]> files = new EnumMap<>(variants);
        files.put(Variant.ORIGINAL, original);
        List<String> written = write(key, files);
        try {
            boolean recorded = Boolean.TRUE.equals(transactions.execute(status -> {
                boolean inserted = images.record(key, format, width, height, original.length);
                if (inserted) {
                    events.publishEvent(new ImageStored(key.value(), width, height, format.mediaType(), sizes(width, height)));
                }
                return inserted;
            }));
            return new Stored(images.find(key).orElseThrow(), recorded);
        } catch (RuntimeException e) {
            deleteQuietly(written);
            throw e;
        }
    }

    /** The true size of each variant of a {@code width} × {@code height} image. */
    private static List<ImageStored.VariantSize> sizes(int width, int height) {
        return Arrays.stream(Variant.values())
                .map(variant -> new ImageStored.VariantSize(variant.pathName(), variant.widthFor(width),
                        variant.heightFor(width, height)))
                .toList();
    }

    /** The bytes of {@code variant} of the image under {@code key}; empty if there is no such image. */
    public Optional<byte[]> read(ImageKey key, Variant variant) {
        return store.get(key.objectKey(variant));
    }

    private boolean complete(ImageKey key) {
        for (Variant variant : Variant.values()) {
            if (!store.exists(key.objectKey(variant))) {
                return false;
            }
        }
        return true;
    }

    /** Writes the files not yet in the store; if one fails, removes the ones this call wrote and throws. */
    private List<String> write(ImageKey key, Map<Variant, byte[]> files) {
        List<String> written = new ArrayList<>();
        try {
            for (var file : files.entrySet()) {
                String objectKey = key.objectKey(file.getKey());
                if (!store.exists(objectKey)) {
                    store.put(objectKey, file.getValue());
                    written.add(objectKey);
                }
            }
            return written;
        } catch (RuntimeException e) {
            deleteQuietly(written);
            throw e;
        }
    }

    private void deleteQuietly(List<String> objectKeys) {
        for (String objectKey : objectKeys) {
            try {
                store.delete(objectKey);
            } catch (RuntimeException e) {
                log.warn("Could not remove {} after a failed upload: {}", objectKey, e.getMessage());
            }
        }
    }

    /** The outcome of {@link #store}: the image, and whether this call stored it (false: it was there already). */
    public record Stored(StoredImage image, boolean created) {
    }
}

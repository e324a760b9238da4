package shop.media;

import java.util.Optional;

/**
 * Bytes by key, nothing more: where images live. Keys are paths of lower-case letters, digits, dots,
 * dashes and underscores separated by {@code /} (e.g. {@code <sha-256>/card}); they never start with a dot
 * and never contain {@code ..}. {@link FileSystemObjectStore} keeps them on disk; another store (S3-compatible,
 * say) is a bean implementing this interface, and nothing else changes.
 *
 * <p>Failures of the store itself (disk full, permissions, network) are {@link ObjectStoreException}s.
 */
public interface ObjectStore {

    /** Stores {@code bytes} under {@code key}, replacing what was there; readers see the old or the new bytes, never a part. */
    void put(String key, byte[] bytes);

    /** The bytes under {@code key}, or empty if there are none. */
    Optional<byte[]> get(String key);

    boolean exists(String key);

    /** Removes {@code key} if it exists. */
    void delete(String key);
}

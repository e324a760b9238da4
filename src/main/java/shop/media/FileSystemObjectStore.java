package shop.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Keeps objects as files under a root directory, spread over sub-directories named after the key's first
 * two characters ({@code ab/abcdef…/card}). A file is written to a temporary name next to its target,
 * flushed to disk, then moved over the target in one step, so a crash or a concurrent reader never sees
 * half a file.
 */
class FileSystemObjectStore implements ObjectStore {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}(/[a-z0-9][a-z0-9._-]{0,127}){0,7}");

    private final Path root;

    FileSystemObjectStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes) {
        Path target = pathOf(key);
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(target.getParent());
            try (FileChannel file = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    file.write(buffer);
                }
                file.force(true);
            }
            moveInOneStep(temporary, target);
        } catch (IOException e) {
            throw new ObjectStoreException("Could not store " + key + " in " + root, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(pathOf(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ObjectStoreException("Could not read " + key + " from " + root, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new ObjectStoreException("Could not delete " + key + " from " + root, e);
        }
    }

    /** The file of {@code key}, which must be a valid key: nothing outside the root is ever touched. */
    Path pathOf(String key) {
        if (key == null || !KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Not a valid object key: " + key);
        }
        Path path = root.resolve(shardOf(key)).resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Not a valid object key: " + key);
        }
        return path;
    }

    /** The sub-directory a key's file lives in: its first two characters (keys of one character: "_"). */
    private static String shardOf(String key) {
        return key.length() >= 2 && key.charAt(1) != '/' ? key.substring(0, 2) : "_";
    }

    private static void moveInOneStep(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless: it never has a key's name
        }
    }

    @Override
    public String toString() {
        return "files under " + root;
    }
}

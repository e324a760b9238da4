package shop.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Objects as files: written in one step, read back, never outside the store's directory. */
class FileSystemObjectStoreTests {

    @TempDir
    Path root;

    @Test
    void storesReadsReplacesAndDeletesBytesByKey() {
        var store = new FileSystemObjectStore(root);
        String key = "ab12cd/card";

        assertThat(store.get(key)).isEmpty();
        assertThat(store.exists(key)).isFalse();

        store.put(key, bytes("first"));
        assertThat(store.get(key)).hasValueSatisfying(value -> assertThat(value).isEqualTo(bytes("first")));
        assertThat(store.exists(key)).isTrue();
        assertThat(root.resolve("ab").resolve("ab12cd").resolve("card")).hasContent("first");

        store.put(key, bytes("second"));
        assertThat(store.get(key)).hasValueSatisfying(value -> assertThat(value).isEqualTo(bytes("second")));

        store.delete(key);
        store.delete(key);
        assertThat(store.exists(key)).isFalse();
    }

    @Test
    void leavesNoTemporaryFilesBehind() throws IOException {
        var store = new FileSystemObjectStore(root);
        store.put("ff00/original", new byte[100_000]);
        store.put("ff00/original", new byte[10]);

        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(root.resolve("ff/ff00/original"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../etc/passwd", "ab/../../etc/passwd", "/etc/passwd", "ab/./cd", ".hidden",
            "AB/cd", "ab//cd", "ab/cd/", "ab\\cd", "ab/c d", "<script>", "ab/%2e%2e"})
    void refusesKeysThatCouldLeaveTheDirectory(String key) {
        var store = new FileSystemObjectStore(root);

        assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.put(key, bytes("x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoreThatCannotWorkFailsWithObjectStoreExceptions() throws IOException {
        Path notADirectory = Files.writeString(root.resolve("a-file"), "not a directory");
        var store = new FileSystemObjectStore(notADirectory);

        assertThatThrownBy(() -> store.put("ab/original", bytes("x"))).isInstanceOf(ObjectStoreException.class);
        assertThatThrownBy(() -> store.get("ab/original")).isInstanceOf(ObjectStoreException.class);
    }

    @Test
    void aFileThatCannotBeReadIsAFailureNotAMissingObject() throws IOException {
        var store = new FileSystemObjectStore(root);
        Files.createDirectories(root.resolve("ab/ab/card"));

        assertThatThrownBy(() -> store.get("ab/card")).isInstanceOf(ObjectStoreException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

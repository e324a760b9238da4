package shop.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The most common passwords of 12 or more characters ({@code user/common-passwords.txt}, about 44,000,
 * from the OWASP SecLists top million; see its NOTICE file). Compared whatever the case; kept as one
 * sorted array (a few MB) and searched by bisection.
 */
@Component
class CommonPasswords {

    static final String RESOURCE = "user/common-passwords.txt";

    private final String[] sorted;

    CommonPasswords() {
        this.sorted = load();
    }

    boolean contains(String password) {
        return password != null && Arrays.binarySearch(sorted, password.toLowerCase(Locale.ROOT)) >= 0;
    }

    int size() {
        return sorted.length;
    }

    private static String[] load() {
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(),
                StandardCharsets.UTF_8))) {
            String[] lines = reader.lines().filter(line -> !line.isEmpty())
                    .map(line -> line.toLowerCase(Locale.ROOT)).toArray(String[]::new);
            Arrays.sort(lines);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}

package shop.media;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The media module's messages ({@code media/messages.properties}) as an uploader reads them, for unit tests. */
final class MediaMessages {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("media/messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private MediaMessages() {
    }

    static String english(MessageSourceResolvable message) {
        return MESSAGES.getMessage(message, Locale.ENGLISH);
    }

    static String english(String code) {
        return english(new DefaultMessageSourceResolvable(code));
    }
}

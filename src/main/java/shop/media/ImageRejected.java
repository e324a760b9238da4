package shop.media;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An upload the shop does not store, with a reason and what to tell the person who sent it: the message
 * {@code media.rejected.<reason>} of the media module's messages, with the figures of this file as its
 * arguments (an argument may itself be a message, such as what the file looks like).
 */
public class ImageRejected extends RuntimeException implements MessageSourceResolvable {

    /** Why an upload was refused. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** The file has more bytes than {@code shop.media.max-upload-size}. */
        TOO_LARGE,
        /** The image has more pixels than {@code shop.media.max-pixels}, by its header. */
        TOO_MANY_PIXELS,
        /** Not a JPEG, PNG or WebP image, by its first bytes. */
        UNSUPPORTED_TYPE,
        /** Looks like an accepted format but cannot be decoded: damaged, truncated or not really an image. */
        UNREADABLE;

        /** {@code too-many-pixels}: the name in problem details and message keys. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final Object[] arguments;

    ImageRejected(Reason reason, Object... arguments) {
        super(reason.code() + " " + Arrays.toString(arguments));
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"media.rejected." + reason.code()};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** What the file looks like, as a message argument: "a GIF image". */
    static MessageSourceResolvable kind(String kind) {
        return new DefaultMessageSourceResolvable("media.file-kind." + kind);
    }
}

package shop.media;

/** The object store could not do what was asked (as opposed to: there was nothing under the key). */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package shop;

/** Who is looking at a page, as the page chrome needs it: signed in or not, and whether an admin. */
public record Viewer(String email, boolean admin) {

    static final Viewer GUEST = new Viewer(null, false);

    public boolean signedIn() {
        return email != null;
    }
}

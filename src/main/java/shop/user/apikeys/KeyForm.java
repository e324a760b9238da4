package shop.user.apikeys;

/** The new-key form as typed, with what was wrong with it ({@code refused}, null when nothing). */
record KeyForm(String name, String scope, KeyRefused refused) {

    public String error(String field) {
        return refused != null && refused.field().equals(field) ? refused.getMessage() : null;
    }

    public String formError() {
        return error("");
    }
}

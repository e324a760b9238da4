package shop.user.apikeys;

/** The new-key form as typed, with what was wrong with it: the field at fault and the message (both null when nothing). */
record KeyForm(String name, String scope, String refusedField, String refusal) {

    public String error(String field) {
        return refusal != null && refusedField.equals(field) ? refusal : null;
    }

    public String formError() {
        return error("");
    }
}

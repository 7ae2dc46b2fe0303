package io.github.revops.json;

/** Text from a document as an error message shows it: at most 100 characters, then how many more. */
final class Shown {

    static final int MOST = 100;

    private Shown() {
    }

    static String of(String text) {
        if (text.length() <= MOST) {
            return text;
        }
        return text.substring(0, MOST) + "... (" + (text.length() - MOST) + " more characters)";
    }

    /** The text quoted, as a string value shows in a message. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder();
        JsonText.quote(of(text), out);
        return out.toString();
    }
}

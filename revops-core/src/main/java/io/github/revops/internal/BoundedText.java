package io.github.revops.internal;

/**
 * Shortens user text for messages, so an exception never carries a whole file's worth of input.
 *
 * <p>Internal: this package is not exported by the module and may change in any release.
 */
public final class BoundedText {

    /** The characters of a text that a message shows; a longer text is cut after this many. */
    public static final int SHOWN = 64;

    private BoundedText() {
    }

    /**
     * Returns the text as a message shows it: whole when it has at most {@value #SHOWN} characters, otherwise its
     * first {@value #SHOWN} characters, {@code "..."} and its length, such as {@code "1111...1 (10,000 characters)"}.
     * A cut never splits a surrogate pair.
     *
     * @param text  the text, not null
     * @return the text or its bounded prefix, never null
     */
    public static String of(CharSequence text) {
        if (text.length() <= SHOWN) {
            return text.toString();
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN - 1)) ? SHOWN - 1 : SHOWN;
        return text.subSequence(0, end) + "... (" + String.format(java.util.Locale.ROOT, "%,d", text.length())
                + " characters)";
    }
}

package io.github.revops.jdbc;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.ToIntFunction;

/**
 * One text field of a table builder as the table reads set it: by the builder's code where the field's
 * {@link TextCodes} holds the text, else as the String; the builder takes both mixed and builds the same table.
 * Made once per builder. Not thread-safe.
 */
final class TextField {

    private final TextCodes codes;
    private final Consumer<String> byText;
    private final IntConsumer byCode;

    /**
     * Creates the field of one builder.
     *
     * @param register  registers a text and returns its code, such as {@code table::customerCode}
     * @param byText  sets the row's text as a String, such as {@code table::customer}
     * @param byCode  sets the row's text by a registered code, such as {@code table::customer}
     */
    TextField(ToIntFunction<String> register, Consumer<String> byText, IntConsumer byCode) {
        this.codes = new TextCodes(register);
        this.byText = Objects.requireNonNull(byText, "byText");
        this.byCode = Objects.requireNonNull(byCode, "byCode");
    }

    /**
     * Sets the row's text.
     *
     * @param text  the cell's text, null for SQL {@code NULL} (passed as it is, for the builder to refuse or keep)
     */
    void set(String text) {
        int code = codes.code(text);
        if (code == TextCodes.NONE) {
            byText.accept(text);
        } else {
            byCode.accept(code);
        }
    }
}

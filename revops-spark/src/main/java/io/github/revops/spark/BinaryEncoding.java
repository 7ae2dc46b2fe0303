package io.github.revops.spark;

import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.catalyst.encoders.Codec;
import scala.Function0;
import scala.reflect.ClassTag$;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Makes a Spark {@link Encoder} that stores a value as one binary column holding its exact parts.
 *
 * <p>This is the one place that uses Spark's catalyst encoder API ({@code AgnosticEncoders.TransformingEncoder}
 * with a {@code Codec}, the mechanism behind Spark's own {@code Encoders.kryo} and {@code Encoders.javaSerialization});
 * its constructor is the same in Spark 4.0, 4.1 and 4.2 (docs/decisions/0071).
 */
final class BinaryEncoding {

    /** The first byte of every encoded value; a later form gets a new number. */
    private static final int FORM = 1;

    private BinaryEncoding() {
    }

    /**
     * Obtains an encoder that writes values with a codec.
     *
     * @param <T>  the value type
     * @param type  the value class
     * @param codec  the codec of its exact parts
     * @return the encoder, never null
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static <T> Encoder<T> encoder(Class<T> type, ExactCodec<T> codec) {
        Function0<Codec<? super T, byte[]>> provider =
                (Function0<Codec<? super T, byte[]>> & Serializable) () -> new BytesCodec<>(codec);
        AgnosticEncoder<byte[]> binary = (AgnosticEncoder) AgnosticEncoders.BinaryEncoder$.MODULE$;
        return new AgnosticEncoders.TransformingEncoder<>(ClassTag$.MODULE$.apply(type), binary, provider, false);
    }

    /**
     * Encodes a value to bytes.
     *
     * @param <T>  the value type
     * @param codec  the codec
     * @param value  the value
     * @return the bytes
     */
    static <T> byte[] toBytes(ExactCodec<T> codec, T value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORM);
            codec.write(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Decodes a value from bytes written by {@link #toBytes}.
     *
     * @param <T>  the value type
     * @param codec  the codec
     * @param bytes  the bytes
     * @return the value
     */
    static <T> T fromBytes(ExactCodec<T> codec, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int form = in.readUnsignedByte();
            if (form != FORM) {
                throw new IllegalArgumentException("encoded revops value has form " + form + "; this version reads "
                        + FORM);
            }
            return codec.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spark's view of a codec: value to bytes and back. */
    private static final class BytesCodec<T> implements Codec<T, byte[]> {

        private static final long serialVersionUID = 1L;

        /** The codec of the exact parts. */
        private final ExactCodec<T> codec;

        BytesCodec(ExactCodec<T> codec) {
            this.codec = codec;
        }

        @Override
        public byte[] encode(T value) {
            return toBytes(codec, value);
        }

        @Override
        public T decode(byte[] bytes) {
            return fromBytes(codec, bytes);
        }
    }
}

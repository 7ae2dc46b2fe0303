package io.github.revops.contract;

import com.google.common.testing.NullPointerTester;
import io.github.revops.domain.InvalidRecordException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Calls one public constructor or method with one argument null and the others from {@link NullContractSamples},
 * and says what is wrong with the outcome, if anything.
 *
 * <p>Two checks run on every parameter. guava-testlib's {@link NullPointerTester} checks that the call throws a
 * {@code NullPointerException} (or {@code UnsupportedOperationException}); the same call made here checks that
 * the exception's message is the parameter's name, or starts with it ({@code "amount"}, {@code "amount must ..."}),
 * so a JVM message ({@code "Cannot invoke ... because \"<local2>\" is null"}) fails. The domain records have their
 * own documented form, an {@link InvalidRecordException} whose field is the parameter; their builders take null and
 * {@code build()} rejects it so, or names the map that holds the null entry ({@code "segments (region=null)"})
 * (docs/decisions/0104-parameters-are-never-null.md).
 */
final class NullArgumentCheck {

    private final NullContractSamples samples;
    private final NullPointerTester tester;

    NullArgumentCheck(NullContractSamples samples) {
        this.samples = samples;
        this.tester = new NullPointerTester();
        for (Class<?> type : samples.registered()) {
            setDefault(type);
        }
    }

    @SuppressWarnings("unchecked") // a sample of int.class is an Integer, which Class.cast refuses
    private <T> void setDefault(Class<T> type) {
        tester.setDefault(type, (T) samples.of(type).orElseThrow());
    }

    /**
     * Checks that a null argument is rejected with an exception naming the parameter.
     *
     * @param member  the constructor or method
     * @param receiver  the instance to call a method on, null for a constructor or static method
     * @param index  the parameter to pass null to
     * @return the problem, or empty when the contract holds
     */
    Optional<String> rejects(Executable member, Object receiver, int index) {
        Parameter parameter = member.getParameters()[index];
        Object[] args;
        try {
            args = arguments(member, index);
        } catch (IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
        Outcome outcome = call(member, receiver, args);
        Throwable thrown = outcome.thrown();
        String name = parameter.getName();
        if (thrown instanceof NullPointerException) {
            if (!names(thrown.getMessage(), name)) {
                return Optional.of("NullPointerException(\"" + thrown.getMessage() + "\") does not name " + name);
            }
            return guava(member, receiver, index);
        }
        if (thrown instanceof InvalidRecordException e) {
            return isRecordForm(e, name) ? Optional.empty()
                    : Optional.of("InvalidRecordException names " + e.field() + ", not " + name + ": " + thrown);
        }
        if (thrown == null && isRecordBuilder(member)) {
            Throwable atBuild = build(outcome.result());
            if (atBuild instanceof InvalidRecordException e && (isRecordForm(e, name) || e.value().contains("null"))) {
                return Optional.empty();
            }
            return Optional.of("builder takes null and build() gives " + atBuild + ", not InvalidRecordException"
                    + " naming " + name + " or showing the null");
        }
        return Optional.of(thrown == null ? "accepts null (no exception)" : "throws " + thrown);
    }

    /**
     * Checks that a parameter documented to accept null does: the call with null returns normally.
     *
     * @param member  the constructor or method
     * @param receiver  the instance to call a method on, null for a constructor or static method
     * @param index  the parameter to pass null to
     * @return the problem, or empty when the call returned
     */
    Optional<String> accepts(Executable member, Object receiver, int index) {
        Throwable thrown = call(member, receiver, arguments(member, index)).thrown();
        return thrown == null ? Optional.empty() : Optional.of("documented to accept null, but throws " + thrown);
    }

    private Optional<String> guava(Executable member, Object receiver, int index) {
        try {
            if (member instanceof Constructor<?> constructor) {
                tester.testConstructorParameter(constructor, index);
            } else {
                tester.testMethodParameter(receiver, (Method) member, index);
            }
            return Optional.empty();
        } catch (AssertionError e) {
            return Optional.of("NullPointerTester: " + e.getMessage());
        }
    }

    private static boolean names(String message, String name) {
        return message != null && Pattern.compile(Pattern.quote(name) + "(\\W.*)?", Pattern.DOTALL)
                .matcher(message).matches();
    }

    private static boolean isRecordForm(InvalidRecordException e, String name) {
        return e.field().equals(name) && e.value().equals("null");
    }

    /**
     * A method that gives a record's builder: a setter ({@code Contact.Builder.owner(String)}) or the record's
     * factory ({@code Contact.builder(String)}).
     */
    private static boolean isRecordBuilder(Executable member) {
        if (!(member instanceof Method method)) {
            return false;
        }
        Class<?> type = method.getReturnType();
        return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null
                && type.getEnclosingClass().isRecord()
                && (method.getDeclaringClass() == type || method.getDeclaringClass() == type.getEnclosingClass());
    }

    private static Throwable build(Object builder) {
        try {
            builder.getClass().getMethod("build").invoke(builder);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object[] arguments(Executable member, int nullIndex) {
        Class<?>[] types = member.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            if (i != nullIndex) {
                Class<?> type = types[i];
                args[i] = samples.of(type).orElseThrow(
                        () -> new IllegalStateException("no sample of " + type.getName()
                                + ": add one to NullContractSamples"));
            }
        }
        return args;
    }

    /** What a call gave: its result, or what it threw. */
    private record Outcome(Object result, Throwable thrown) {
    }

    private static Outcome call(Executable member, Object receiver, Object[] args) {
        try {
            Object result = member instanceof Constructor<?> constructor ? constructor.newInstance(args)
                    : ((Method) member).invoke(receiver, args);
            return new Outcome(result, null);
        } catch (InvocationTargetException e) {
            return new Outcome(null, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(member + ": " + e, e);
        }
    }
}

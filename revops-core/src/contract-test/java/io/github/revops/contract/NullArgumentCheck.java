package io.github.revops.contract;

import com.google.common.testing.NullPointerTester;
import io.github.revops.domain.InvalidRecordException;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Calls one public constructor or method with one argument null and the others from {@link Samples}, and says
 * what is wrong with the outcome, if anything.
 *
 * <p>Two checks run on every parameter. guava-testlib's {@link NullPointerTester} checks that the call throws a
 * {@code NullPointerException} (or {@code UnsupportedOperationException}); the same call made here checks that
 * the exception's message is the parameter's name, or starts with it ({@code "amount"}, {@code "amount must ..."}),
 * so a JVM message ({@code "Cannot invoke ... because \"<local2>\" is null"}) fails. A module may document
 * another form of rejection ({@link OtherForm}), as the records of revops-core and revops-clv do with an
 * {@link InvalidRecordException} naming the field; a record's builder may take null when its {@code build()}
 * rejects it in that form (docs/decisions/0104-parameters-are-never-null.md).
 */
final class NullArgumentCheck {

    /** A documented rejection of a null argument other than a {@code NullPointerException} naming it. */
    interface OtherForm {

        /** No other form: only a {@code NullPointerException} naming the parameter. */
        OtherForm NONE = (thrown, parameter, atBuild) -> false;

        /**
         * The records' form: an {@link InvalidRecordException} whose field is the parameter and whose value is
         * null, or, from a builder's {@code build()}, one that shows the null ({@code "segments (region=null)"}).
         */
        OtherForm INVALID_RECORD = (thrown, parameter, atBuild) -> thrown instanceof InvalidRecordException e
                && (e.field().equals(parameter) && e.value().equals("null") || atBuild && e.value().contains("null"));

        /**
         * Says whether an exception is the documented rejection of a null argument.
         *
         * @param thrown  what the call, or the builder's {@code build()}, threw
         * @param parameter  the parameter given null
         * @param atBuild  whether {@code build()} threw it, after a builder's setter took the null
         * @return whether the exception is documented for that null
         */
        boolean rejects(Throwable thrown, String parameter, boolean atBuild);
    }

    private final Samples samples;
    private final OtherForm otherForm;
    private final NullPointerTester tester;

    NullArgumentCheck(Samples samples, OtherForm otherForm) {
        this.samples = samples;
        this.otherForm = otherForm;
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
        if (thrown != null && otherForm.rejects(thrown, name, false)) {
            return Optional.empty();
        }
        if (thrown == null && isRecordBuilder(member)) {
            Throwable atBuild = build(outcome.result());
            if (atBuild != null && otherForm.rejects(atBuild, name, true)) {
                return Optional.empty();
            }
            return Optional.of("builder takes null and build() gives " + atBuild + ", not the documented rejection"
                    + " of a null " + name);
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
            Executable target = callable(member, receiver);
            if (target instanceof Constructor<?> constructor) {
                tester.testConstructorParameter(constructor, index);
            } else {
                tester.testMethodParameter(receiver, (Method) target, index);
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
                                + ": add one to the test's Samples"));
            }
        }
        return args;
    }

    /** What a call gave: its result, or what it threw. */
    private record Outcome(Object result, Throwable thrown) {
    }

    /**
     * The method to invoke for a member: itself, or, for a public method of a superclass that is not public, the
     * public subclass's access bridge to it (javac writes one; the superclass's own method is out of reach).
     */
    private static Executable callable(Executable member, Object receiver) {
        if (member instanceof Method method && receiver != null
                && !Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
            try {
                return receiver.getClass().getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(member + ": no public bridge in " + receiver.getClass(), e);
            }
        }
        return member;
    }

    private static Outcome call(Executable member, Object receiver, Object[] args) {
        try {
            Executable target = callable(member, receiver);
            Object result = target instanceof Constructor<?> constructor ? constructor.newInstance(args)
                    : ((Method) target).invoke(receiver, args);
            return new Outcome(result, null);
        } catch (InvocationTargetException e) {
            return new Outcome(null, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(member + ": " + e, e);
        }
    }
}

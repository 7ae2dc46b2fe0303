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
 * {@link InvalidRecordException} naming the field; a record's builder may take null when the call that ends it
 * rejects it in that form: {@code build()}, or {@code add()} for a table's row builder, which the importers feed cell
 * by cell (docs/decisions/0104-parameters-are-never-null.md).
 */
final class NullArgumentCheck {

    /** A documented rejection of a null argument other than a {@code NullPointerException} naming it. */
    interface OtherForm {

        /** No other form: only a {@code NullPointerException} naming the parameter. */
        OtherForm NONE = (thrown, parameter, atBuild) -> false;

        /**
         * The records' form: an {@link InvalidRecordException} whose field is the parameter and whose value is
         * null, or, from the call that ends a builder ({@code build()}, a table's {@code add()}), one that shows
         * the null ({@code "segments (region=null)"}).
         */
        OtherForm INVALID_RECORD = (thrown, parameter, atBuild) -> thrown instanceof InvalidRecordException e
                && (e.field().equals(parameter) && e.value().equals("null") || atBuild && e.value().contains("null"));

        /**
         * Says whether an exception is the documented rejection of a null argument.
         *
         * @param thrown  what the call, or the call that ends the builder, threw
         * @param parameter  the parameter given null
         * @param atBuild  whether the call that ends the builder threw it, after a setter took the null
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
        if (thrown == null && isBuilder(member)) {
            Method end = end(outcome.result());
            Throwable atBuild = call(end, outcome.result(), new Object[0]).thrown();
            if (atBuild != null && otherForm.rejects(atBuild, name, true)) {
                return Optional.empty();
            }
            return Optional.of("builder takes null and " + end.getName() + "() gives " + atBuild
                    + ", not the documented rejection of a null " + name);
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
     * A method that gives a builder: a setter ({@code Contact.Builder.owner(String)}) or the built type's factory
     * ({@code Contact.builder(String)}). Whether its null is rejected later is for the module's {@link OtherForm}
     * to say: the records' form is an {@link InvalidRecordException}, which no other builder throws.
     */
    private static boolean isBuilder(Executable member) {
        if (!(member instanceof Method method)) {
            return false;
        }
        Class<?> type = method.getReturnType();
        return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null
                && (method.getDeclaringClass() == type || method.getDeclaringClass() == type.getEnclosingClass());
    }

    /** The call that ends a builder's work: {@code add()} of a table's row builder, else {@code build()}. */
    private static Method end(Object builder) {
        for (String name : new String[] {"add", "build"}) {
            try {
                return builder.getClass().getMethod(name);
            } catch (NoSuchMethodException e) {
                // try the next
            }
        }
        throw new IllegalStateException(builder.getClass() + ": neither add() nor build()");
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

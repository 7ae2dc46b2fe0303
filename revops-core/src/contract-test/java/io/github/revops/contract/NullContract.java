package io.github.revops.contract;

import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The null contract of one module (docs/decisions/0104-parameters-are-never-null.md): every public constructor and
 * method of every public type of the packages it covers rejects a null argument with a
 * {@code NullPointerException} whose message names the parameter, or in the module's other documented form, or
 * accepts null as its Javadoc documents (an allow-list, checked too).
 *
 * <p>A module's test names the packages it covers, one line each, and those left out while they are reworked (a
 * package, or a type with its member types); {@link #coverageProblems()} says when the two do not add up to the
 * exported packages, so a new package is never left out silently. Each parameter is checked by
 * {@link NullArgumentCheck} with the other arguments from the module's {@link Samples}. Instance methods run on a
 * sample of their type; abstract methods on the type's public constants ({@code Granularity.MONTH}).
 * {@code equals(Object)} takes null by its contract, and an enum's implicit {@code valueOf(String)} is the JDK's.
 */
final class NullContract {

    /**
     * What a check found.
     *
     * @param problems  one line per parameter that breaks the contract, empty when it holds
     * @param allowed  the allow-list entries that name a checked parameter
     * @param members  the constructors and methods with a reference parameter that were checked
     * @param parameters  the reference parameters that were checked
     */
    record Report(List<String> problems, Set<String> allowed, int members, int parameters) {

        /**
         * Returns the counts, for an assertion's description.
         *
         * @return such as {@code "0 problems in 630 parameters of 283 constructors and methods"}
         */
        String summary() {
            return problems.size() + " problems in " + parameters + " parameters of " + members
                    + " constructors and methods";
        }
    }

    private final Class<?> anchor;
    private final List<String> covered;
    private final Set<String> inFlux;
    private final Samples samples;
    private final Map<String, String> acceptsNull;
    private final NullArgumentCheck check;

    /**
     * Describes the contract of a module.
     *
     * @param anchor  any class of the module
     * @param covered  the packages checked
     * @param inFlux  the exported packages not checked yet, and types of covered packages not checked yet (with
     *     their member types), by name
     * @param samples  the values passed for the other parameters
     * @param acceptsNull  the parameters documented to accept null, as {@code Type.member(parameter)}, with why
     * @param otherForm  the module's documented rejection other than a {@code NullPointerException}
     */
    NullContract(Class<?> anchor, List<String> covered, Set<String> inFlux, Samples samples,
                 Map<String, String> acceptsNull, NullArgumentCheck.OtherForm otherForm) {
        this.anchor = anchor;
        this.covered = List.copyOf(covered);
        this.inFlux = Set.copyOf(inFlux);
        this.samples = samples;
        this.acceptsNull = Map.copyOf(acceptsNull);
        this.check = new NullArgumentCheck(samples, otherForm);
    }

    /**
     * Returns the parameters documented to accept null, as {@code Type.member(parameter)}.
     *
     * @return the allow-list's keys
     */
    Set<String> acceptsNull() {
        return acceptsNull.keySet();
    }

    /**
     * Says how the covered packages and those in flux differ from the module's exported packages: every exported
     * package is covered or in flux, never both, and nothing else is listed.
     *
     * @return the problems, empty when the lists add up
     */
    List<String> coverageProblems() {
        List<String> exported = ExportedTypes.packages(anchor);
        List<String> problems = new ArrayList<>();
        for (String p : exported) {
            if (!covered.contains(p) && !inFlux.contains(p)) {
                problems.add("exported package " + p + " is neither covered nor in flux: add it to the test's list");
            }
            if (covered.contains(p) && inFlux.contains(p)) {
                problems.add("package " + p + " is both covered and in flux");
            }
        }
        for (String p : covered) {
            if (!exported.contains(p)) {
                problems.add("covered package " + p + " is not exported");
            }
        }
        for (String entry : inFlux) {
            if (!exported.contains(entry) && !covered.contains(packageOf(entry))) {
                problems.add("in-flux entry " + entry + " is neither an exported package nor a type of a covered one");
            }
        }
        return problems;
    }

    /**
     * Returns the public types checked: those of the covered packages but the types in flux.
     *
     * @return the types, sorted by name
     */
    List<Class<?>> checkedTypes() {
        return ExportedTypes.publicTypes(anchor, covered).stream().filter(t -> !inFlux(t)).toList();
    }

    /**
     * Checks every reference parameter of every public constructor and method of the checked types.
     *
     * @return what the check found
     */
    Report check() {
        List<String> problems = new ArrayList<>();
        Set<String> allowed = new TreeSet<>();
        int members = 0;
        int parameters = 0;
        for (Class<?> type : checkedTypes()) {
            for (Executable member : members(type)) {
                if (Arrays.stream(member.getParameterTypes()).allMatch(Class::isPrimitive)) {
                    continue;
                }
                List<Object> receivers = receivers(type, member, problems);
                boolean counted = false;
                for (int i = 0; i < member.getParameterCount(); i++) {
                    if (member.getParameterTypes()[i].isPrimitive() || receivers.isEmpty()) {
                        continue;
                    }
                    String key = key(member, i);
                    for (Object receiver : receivers) {
                        Optional<String> problem = acceptsNull.containsKey(key)
                                ? check.accepts(member, receiver, i)
                                : check.rejects(member, receiver, i);
                        problem.ifPresent(p -> problems.add(key + ": " + p));
                    }
                    if (acceptsNull.containsKey(key)) {
                        allowed.add(key);
                    }
                    parameters++;
                    counted = true;
                }
                members += counted ? 1 : 0;
            }
        }
        return new Report(problems, allowed, members, parameters);
    }

    private static String packageOf(String typeName) {
        int dot = typeName.lastIndexOf('.');
        return dot < 0 ? "" : typeName.substring(0, dot);
    }

    private boolean inFlux(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return inFlux.contains(type.getPackageName()) || inFlux.contains(top.getName());
    }

    /**
     * The public constructors and methods a type declares, and the public methods it inherits from a superclass
     * that is not public (a package's shared base), but {@code equals} and an enum's implicit ones.
     */
    private static List<Executable> members(Class<?> type) {
        List<Executable> members = new ArrayList<>();
        if (!Modifier.isAbstract(type.getModifiers())) {
            for (Executable c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers())) {
                    members.add(c);
                }
            }
        }
        List<Method> methods = new ArrayList<>(Arrays.asList(type.getDeclaredMethods()));
        for (Class<?> s = type.getSuperclass(); s != null && !Modifier.isPublic(s.getModifiers());
             s = s.getSuperclass()) {
            methods.addAll(Arrays.asList(s.getDeclaredMethods()));
        }
        for (Method m : methods) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !isEquals(m)
                    && !isImplicitEnumMethod(type, m)) {
                members.add(m);
            }
        }
        members.sort((a, b) -> a.toString().compareTo(b.toString()));
        return members;
    }

    private static boolean isEquals(Method m) {
        return m.getName().equals("equals") && m.getParameterCount() == 1 && m.getParameterTypes()[0] == Object.class;
    }

    private static boolean isImplicitEnumMethod(Class<?> type, Method m) {
        return type.isEnum() && Modifier.isStatic(m.getModifiers())
                && (m.getName().equals("values") && m.getParameterCount() == 0
                || m.getName().equals("valueOf") && m.getParameterCount() == 1
                && m.getParameterTypes()[0] == String.class);
    }

    /**
     * The instances to call a member on: none for a constructor or static method (one null receiver), a fresh
     * sample for a concrete method, the type's public constants for an abstract one.
     */
    private List<Object> receivers(Class<?> type, Executable member, List<String> problems) {
        List<Object> receivers = new ArrayList<>();
        if (!(member instanceof Method method) || Modifier.isStatic(method.getModifiers())) {
            receivers.add(null);
        } else if (Modifier.isAbstract(method.getModifiers())) {
            receivers.addAll(constants(type));
        } else {
            samples.of(type).ifPresentOrElse(receivers::add, () -> problems.add(type.getName()
                    + ": no sample instance to call " + method.getName() + " on; add one to the test's Samples"));
        }
        return receivers;
    }

    private static List<Object> constants(Class<?> type) {
        List<Object> constants = new ArrayList<>();
        for (Field f : type.getDeclaredFields()) {
            int modifiers = f.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && type.isAssignableFrom(f.getType())) {
                try {
                    constants.add(f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    /** {@code Type.member(parameter)}, as {@code Money.plus(other)} or {@code Ratio.<init>(numerator)}. */
    private static String key(Executable member, int index) {
        if (!member.getParameters()[index].isNamePresent()) {
            throw new IllegalStateException(member + ": no parameter names; compile with javac -parameters");
        }
        String type = member.getDeclaringClass().getName();
        String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '.');
        String name = member instanceof Method ? member.getName() : "<init>";
        return simple + "." + name + "(" + member.getParameters()[index].getName() + ")";
    }
}

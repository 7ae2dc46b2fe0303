package io.github.revops.json.contract;

import io.github.revops.domain.Contact;
import io.github.revops.domain.Deal;
import io.github.revops.domain.InvalidRecordException;
import io.github.revops.domain.UniqueIds;
import io.github.revops.forecast.ZeroActualException;
import io.github.revops.funnel.ContactKeys;
import io.github.revops.money.CurrencyMismatchException;
import io.github.revops.money.ExchangeRates;
import io.github.revops.money.InMemoryExchangeRates;
import io.github.revops.money.MissingExchangeRateException;
import io.github.revops.money.Money;
import io.github.revops.money.ReportingCurrency;
import io.github.revops.pipeline.DealKeys;
import io.github.revops.recurring.RecurringRevenue;
import io.github.revops.result.DayHistogram;
import io.github.revops.result.Mergeable;
import io.github.revops.table.CodeColumn;
import io.github.revops.table.DealTable;
import io.github.revops.table.Parallel;
import io.github.revops.table.SubscriptionTable;
import io.github.revops.time.BusinessDates;
import io.github.revops.time.Granularity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public types of revops-core's exported packages, read from its jar or classes folder and its module
 * descriptor, and the types that have no JSON shape on purpose, each with its reason.
 */
public final class PublicTypes {

    private static final String EXCEPTION = "an exception: reported, not returned as a value";
    private static final String STATIC_HELPERS = "static helpers, no instances";
    private static final String KEY_FUNCTIONS = "static key functions for breakdowns, no instances";
    private static final String TABLES = "column storage for parallel evaluation: write the records or the results";

    /**
     * Every public type of revops-core without a JSON shape, each named, and why: the complete list of exclusions
     * of {@link CoverageContract}. A public type added to the core needs a shape or an entry here.
     */
    public static final Map<Class<?>, String> WITHOUT_SHAPE = Map.ofEntries(
            Map.entry(Contact.Builder.class, builderOf(Contact.class)),
            Map.entry(Deal.Builder.class, builderOf(Deal.class)),
            Map.entry(InMemoryExchangeRates.Builder.class, builderOf(InMemoryExchangeRates.class)),
            Map.entry(DayHistogram.Builder.class, builderOf(DayHistogram.class)),
            Map.entry(DealTable.Builder.class, builderOf(DealTable.class)),
            Map.entry(SubscriptionTable.Builder.class, builderOf(SubscriptionTable.class)),
            Map.entry(InvalidRecordException.class, EXCEPTION),
            Map.entry(ZeroActualException.class, EXCEPTION),
            Map.entry(CurrencyMismatchException.class, EXCEPTION),
            Map.entry(MissingExchangeRateException.class, EXCEPTION),
            Map.entry(UniqueIds.class, STATIC_HELPERS),
            Map.entry(BusinessDates.class, STATIC_HELPERS),
            Map.entry(ContactKeys.class, KEY_FUNCTIONS),
            Map.entry(DealKeys.class, KEY_FUNCTIONS),
            Map.entry(CodeColumn.class, TABLES),
            Map.entry(DealTable.class, TABLES),
            Map.entry(SubscriptionTable.class, TABLES),
            Map.entry(Parallel.class, TABLES),
            Map.entry(Mergeable.class, "an interface of the result algebra, not a value"),
            Map.entry(ExchangeRates.class, "a service that looks rates up, not a value"),
            Map.entry(InMemoryExchangeRates.class, "a rate table built in code; it lists no rates to write"),
            Map.entry(ReportingCurrency.class, "a currency with the exchange-rate service that converts to it"),
            Map.entry(Granularity.class, "a function from a date to its period"),
            Map.entry(RecurringRevenue.class, "a facade over its subscriptions: write the subscriptions, or the "
                    + "results it computes"));

    private PublicTypes() {
    }

    /** Why a type has no shape, from {@link #WITHOUT_SHAPE}; empty when it should have one. */
    public static Optional<String> reasonWithout(Class<?> type) {
        return Optional.ofNullable(WITHOUT_SHAPE.get(type));
    }

    private static String builderOf(Class<?> type) {
        return "a builder of " + type.getSimpleName() + ": write the " + type.getSimpleName() + " it builds";
    }

    /** The public types (top-level and nested) of revops-core's unconditionally exported packages. */
    public static List<Class<?>> ofTheCore() {
        Path location = locationOf(Money.class);
        Set<String> exported = exportedPackages(location);
        List<String> classNames = classNames(location);
        List<Class<?>> types = new ArrayList<>();
        for (String name : classNames) {
            String packageName = name.substring(0, name.lastIndexOf('.'));
            if (!exported.contains(packageName)) {
                continue;
            }
            Class<?> type = load(name);
            if (isPublicAllTheWay(type) && !type.isAnonymousClass() && !type.isSynthetic()) {
                types.add(type);
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    private static boolean isPublicAllTheWay(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Money.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name, e);
        }
    }

    private static Path locationOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> exportedPackages(Path location) {
        try (InputStream in = open(location, "module-info.class")) {
            return ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
                    .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path location, String entry) throws IOException {
        if (Files.isDirectory(location)) {
            return Files.newInputStream(location.resolve(entry));
        }
        JarFile jar = new JarFile(location.toFile());
        return new java.io.FilterInputStream(jar.getInputStream(jar.getEntry(entry))) {
            @Override
            public void close() throws IOException {
                super.close();
                jar.close();
            }
        };
    }

    private static List<String> classNames(Path location) {
        try {
            List<String> entries;
            if (Files.isDirectory(location)) {
                try (Stream<Path> files = Files.walk(location)) {
                    entries = files.filter(Files::isRegularFile).map(p -> location.relativize(p).toString()
                            .replace('\\', '/')).toList();
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    entries = jar.stream().map(java.util.zip.ZipEntry::getName).toList();
                }
            }
            return entries.stream().filter(e -> e.endsWith(".class") && !e.endsWith("module-info.class")
                            && !e.endsWith("package-info.class") && !e.startsWith("META-INF/"))
                    .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

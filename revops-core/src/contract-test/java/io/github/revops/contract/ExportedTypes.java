package io.github.revops.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public types of a module's exported packages, read from its {@code module-info.class} and the class files
 * beside it, so that a new class or package is covered without being listed anywhere.
 */
final class ExportedTypes {

    private ExportedTypes() {
    }

    /**
     * Returns the exported packages of the module that holds a class: the unqualified exports of its module
     * descriptor, or, for a jar without one (an automatic module), every package that holds a public type but
     * those named {@code internal}.
     *
     * @param anchor  any class of the module
     * @return the packages, sorted
     */
    static List<String> packages(Class<?> anchor) {
        return read(anchor, root -> {
            Path descriptor = root.resolve("module-info.class");
            if (!Files.exists(descriptor)) {
                return publicTypes(anchor, root, name -> !name.contains(".internal")).stream()
                        .map(Class::getPackageName).distinct().sorted().collect(Collectors.toList());
            }
            try (InputStream in = Files.newInputStream(descriptor)) {
                return ModuleDescriptor.read(in).exports().stream().filter(e -> !e.isQualified())
                        .map(ModuleDescriptor.Exports::source).sorted().collect(Collectors.toList());
            }
        });
    }

    /**
     * Returns every public type of the given packages: top-level and member types whose enclosing types are
     * public too, in name order.
     *
     * @param anchor  any class of the module
     * @param packages  the packages to list
     * @return the types, sorted by name
     */
    static List<Class<?>> publicTypes(Class<?> anchor, List<String> packages) {
        Set<String> wanted = Set.copyOf(packages);
        return read(anchor, root -> publicTypes(anchor, root, wanted::contains));
    }

    private static List<Class<?>> publicTypes(Class<?> anchor, Path root, Predicate<String> packageWanted)
            throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.map(root::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
                    .filter(n -> n.lastIndexOf('.') > 0 && packageWanted.test(n.substring(0, n.lastIndexOf('.'))))
                    .sorted().collect(Collectors.toList());
        }
        List<Class<?>> types = new ArrayList<>();
        for (String name : names) {
            Class<?> type = load(name, anchor.getClassLoader());
            if (isVisible(type)) {
                types.add(type);
            }
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    private static boolean isVisible(Class<?> type) {
        if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
            return false;
        }
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("class file without a class: " + name, e);
        }
    }

    private interface Reader<T> {
        T read(Path root) throws IOException;
    }

    /** Reads the directory or jar the anchor was loaded from. */
    private static <T> T read(Class<?> anchor, Reader<T> reader) {
        try {
            Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                return reader.read(location);
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return reader.read(jar.getPath("/"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

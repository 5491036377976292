package org.condordesk.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;

/**
 * An attributed scan for unused members, on bytecode (ArchUnit's import resolves every call, field access and method
 * or constructor reference, so a name that only appears in a string or a comment does not count as a use). A member
 * of a main class is <em>unused in main</em> when no main code outside its own top-level class reaches it. Skipped,
 * because no bytecode reference shows their use: overrides (the caller calls the supertype), compile-time constants
 * (javac inlines them), record component accessors and enum constants and their {@code values}/{@code valueOf}
 * (files and JSON name them), {@code main}, members picocli injects, synthetic and bridge members.
 */
public final class UnusedMembers {

    private UnusedMembers() {
    }

    /** Each public member of {@code main} no main code outside its top-level class uses, as {@code owner#name(params)}. */
    public static Set<String> publicUnusedInMain(JavaClasses main) {
        return scan(main, true, true);
    }

    /**
     * Each member of {@code main} (any visibility but private, which Error Prone covers) that no main code uses at
     * all, its own class included: dead code, or code only the tests reach.
     */
    public static Set<String> deadInMain(JavaClasses main) {
        return scan(main, false, false);
    }

    /** The members among {@code keys} some class of {@code tests} uses. */
    public static Set<String> usedBy(JavaClasses tests, JavaClasses main, Set<String> keys) {
        Set<String> used = new TreeSet<>();
        for (JavaClass owner : tests) {
            for (JavaMember member : members(owner)) {
                if (keys.contains(key(member)) && member.getAccessesToSelf().stream()
                        .anyMatch(a -> !main.contain(a.getOriginOwner().getName()))) {
                    used.add(key(member));
                }
            }
        }
        return used;
    }

    private static Set<String> scan(JavaClasses main, boolean publicOnly, boolean outsideOwnClass) {
        Set<String> unused = new TreeSet<>();
        for (JavaClass owner : main) {
            if (owner.isAnonymousClass() || owner.getModifiers().contains(JavaModifier.SYNTHETIC)
                    || !owner.getModifiers().contains(JavaModifier.PUBLIC) && !isEffectivelyReachable(owner)) {
                continue;
            }
            for (JavaMember member : members(owner)) {
                boolean scanned = publicOnly ? member.getModifiers().contains(JavaModifier.PUBLIC)
                        : !member.getModifiers().contains(JavaModifier.PRIVATE);
                if (scanned && !exempt(owner, member) && !used(member, main, outsideOwnClass)) {
                    unused.add(key(member));
                }
            }
        }
        return unused;
    }

    /** A non-public nested type's public members are its package's API: scanned like any. */
    private static boolean isEffectivelyReachable(JavaClass owner) {
        return true;
    }

    private static List<JavaMember> members(JavaClass owner) {
        List<JavaMember> members = new ArrayList<>();
        members.addAll(owner.getMethods());
        members.addAll(owner.getConstructors());
        members.addAll(owner.getFields());
        return members;
    }

    /** {@code org.condordesk.risk.Slice#price(double, double)}: the key the allow-list file uses. */
    public static String key(JavaMember member) {
        String name = member.getOwner().getName() + "#" + member.getName();
        if (member instanceof JavaCodeUnit unit) {
            name += "(" + String.join(", ", unit.getRawParameterTypes().stream().map(JavaClass::getSimpleName).toList())
                    + ")";
        }
        return name;
    }

    private static boolean used(JavaMember member, JavaClasses main, boolean outsideOwnClass) {
        JavaClass top = topLevel(member.getOwner());
        for (JavaAccess<?> access : member.getAccessesToSelf()) {
            JavaClass from = access.getOriginOwner();
            boolean fromItself = access.getOrigin().equals(member);
            if (main.contain(from.getName()) && !fromItself && (!outsideOwnClass || !topLevel(from).equals(top))) {
                return true;
            }
        }
        return false;
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static boolean exempt(JavaClass owner, JavaMember member) {
        Set<JavaModifier> modifiers = member.getModifiers();
        if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
            return true;
        }
        if (member.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().startsWith("picocli"))) {
            return true;
        }
        if (member instanceof com.tngtech.archunit.core.domain.JavaConstructor constructor
                && constructor.getRawParameterTypes().isEmpty() && reflectivelyCreated(owner)) {
            return true;
        }
        if (member instanceof JavaField field) {
            return owner.isEnum() && field.getRawType().equals(owner)
                    || modifiers.contains(JavaModifier.STATIC) && modifiers.contains(JavaModifier.FINAL)
                    && (field.getRawType().isPrimitive() || field.getRawType().isEquivalentTo(String.class));
        }
        if (member instanceof JavaMethod method) {
            String name = method.getName();
            if (name.equals("main") && modifiers.contains(JavaModifier.STATIC)) {
                return true;
            }
            // JavaFX's CSS engine looks a styleable class's metadata up by this name.
            if (owner.isEnum() && (name.equals("values") || name.equals("valueOf")) || name.equals("getClassCssMetaData")) {
                return true;
            }
            if (owner.isRecord() && method.getRawParameterTypes().isEmpty()
                    && owner.getFields().stream().anyMatch(f -> f.getName().equals(name)
                    && !f.getModifiers().contains(JavaModifier.STATIC))) {
                return true;
            }
            return overrides(owner, method);
        }
        return false;
    }

    /** picocli creates commands, mixins and converters; JavaFX creates the Application: by reflection. */
    private static boolean reflectivelyCreated(JavaClass owner) {
        boolean picocli = owner.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().startsWith("picocli"))
                || owner.getAllRawInterfaces().stream().anyMatch(i -> i.getPackageName().startsWith("picocli"))
                || owner.getFields().stream().anyMatch(f -> f.getAnnotations().stream()
                        .anyMatch(a -> a.getRawType().getPackageName().startsWith("picocli")));
        return picocli || owner.getAllRawSuperclasses().stream().anyMatch(c -> c.getName().equals("javafx.application.Application"));
    }

    /** True when a supertype (class or interface, the JDK's included) declares the same name and parameters. */
    private static boolean overrides(JavaClass owner, JavaMethod method) {
        if (method.getModifiers().contains(JavaModifier.STATIC)) {
            return false;
        }
        if (Set.of("equals", "hashCode", "toString").contains(method.getName())) {
            return true;
        }
        List<String> parameters = method.getRawParameterTypes().stream().map(JavaClass::getName).toList();
        return Stream.concat(owner.getAllRawSuperclasses().stream(), owner.getAllRawInterfaces().stream())
                .anyMatch(type -> declares(type, method.getName(), parameters));
    }

    /** Types outside the import (JDK, libraries) are stubs without members: reflection answers for them. */
    private static boolean declares(JavaClass type, String name, List<String> parameters) {
        if (type.getName().startsWith(MainClasses.BASE + ".")) {
            return type.getMethods().stream().anyMatch(m -> m.getName().equals(name)
                    && m.getRawParameterTypes().stream().map(JavaClass::getName).toList().equals(parameters));
        }
        try {
            Class<?> loaded = Class.forName(type.getName(), false, UnusedMembers.class.getClassLoader());
            List<java.lang.reflect.Method> candidates = new ArrayList<>(List.of(loaded.getMethods()));
            for (Class<?> c = loaded; c != null; c = c.getSuperclass()) {
                candidates.addAll(List.of(c.getDeclaredMethods()));
            }
            return candidates.stream().anyMatch(m -> m.getName().equals(name)
                    && Stream.of(m.getParameterTypes()).map(Class::getName).toList().equals(parameters));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load supertype " + type.getName(), e);
        }
    }
}

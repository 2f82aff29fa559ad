package dev.dockscope.cli;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's picocli model written out with picocli's programmatic API instead of read from annotations. Reading
 * {@code @Command}/{@code @Option} annotations at start costs a run tens of milliseconds of CPU (picocli reflects
 * over every field and method of the class and its mixins, and the JVM makes a proxy class for each annotation type;
 * bench/README.md "picocli's model by hand"), about a sixth of a small lint. The model made here is the one picocli
 * made from the annotations, attribute for attribute (names, labels, arity, types, defaults, initial values, order),
 * so help, man pages, completions and parsing stay as they were; values go straight into the command's fields.
 */
final class Model {
    private Model() {
    }

    /** A command's spec, not inspected for annotations, with {@code -h/--help} first as {@link HelpOption} gave. */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.setAddMethodSubcommands(false);
        spec.usageMessage().description(description);
        boolean[] help = {false};
        spec.addOption(flag(v -> help[0] = v, () -> help[0], "-h", "--help").usageHelp(true)
                .description("Show this help and exit.").build());
        return spec;
    }

    /** An option that takes a value of {@code type}, read from and written to the command's field. */
    static <T> OptionSpec.Builder option(Class<T> type, Consumer<? super T> set, Supplier<? extends T> get,
            String... names) {
        return bind(OptionSpec.builder(names), type, set, get);
    }

    /** A list option or parameter's binding: a {@code List<E>} field. */
    static <E> OptionSpec.Builder listOption(Class<E> element, Consumer<List<E>> set, Supplier<List<E>> get,
            String... names) {
        return bind(OptionSpec.builder(names), List.class, listSetter(set), get).auxiliaryTypes(element);
    }

    /**
     * An option without a value; picocli named its label after the field ({@code --no-live} → {@code <noLive>}),
     * and so does this (it shows nowhere, but the model stays the one the annotations made).
     */
    static OptionSpec.Builder flag(Consumer<Boolean> set, Supplier<Boolean> get, String... names) {
        return bind(OptionSpec.builder(names), boolean.class, set, get).paramLabel("<" + fieldName(names) + ">");
    }

    /** A positional parameter holding one value. */
    static <T> PositionalParamSpec.Builder positional(Class<T> type, Consumer<? super T> set,
            Supplier<? extends T> get) {
        return bind(PositionalParamSpec.builder(), type, set, get);
    }

    /** A positional parameter holding every remaining value (index 0..*, as picocli gave a lone list field). */
    static <E> PositionalParamSpec.Builder positionals(Class<E> element, Consumer<List<E>> set,
            Supplier<List<E>> get) {
        return bind(PositionalParamSpec.builder(), List.class, listSetter(set), get).auxiliaryTypes(element)
                .index("0..*");
    }

    @SuppressWarnings("unchecked")
    private static <E> Consumer<Object> listSetter(Consumer<List<E>> set) {
        return v -> set.accept((List<E>) v);
    }

    // picocli's ArgSpec.Builder, which both extend, is not public: the same binding twice
    private static <T> OptionSpec.Builder bind(OptionSpec.Builder b, Class<?> type, Consumer<? super T> set,
            Supplier<? extends T> get) {
        return b.type(type).setter(setter(set)).getter(getter(get)).initialValue(get.get()).descriptionKey("")
                .prompt("");
    }

    private static <T> PositionalParamSpec.Builder bind(PositionalParamSpec.Builder b, Class<?> type,
            Consumer<? super T> set, Supplier<? extends T> get) {
        return b.type(type).setter(setter(set)).getter(getter(get)).initialValue(get.get()).descriptionKey("")
                .prompt("");
    }

    private static <T> ISetter setter(Consumer<? super T> set) {
        return new ISetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <X> X set(X value) {
                set.accept((T) value);
                return null;
            }
        };
    }

    private static IGetter getter(Supplier<?> get) {
        return new IGetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <X> X get() {
                return (X) get.get();
            }
        };
    }

    /** {@code --layers-only} → {@code layersOnly}: the longest name, dashes dropped, camel-cased. */
    static String fieldName(String... names) {
        String longest = "";
        for (String n : names) {
            if (n.length() > longest.length()) {
                longest = n;
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char c : longest.toCharArray()) {
            if (c == '-') {
                up = sb.length() > 0;
            } else {
                sb.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return sb.toString();
    }
}

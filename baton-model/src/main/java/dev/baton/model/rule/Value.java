package dev.baton.model.rule;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/** A value as written in a file, before it is typed against an attribute. */
public sealed interface Value {
    record Text(String value) implements Value {
        public Text {
            requireNonNull(value, "value is null");
        }
    }

    record Number(BigDecimal value) implements Value {
        public Number {
            requireNonNull(value, "value is null");
        }
    }

    record Bool(boolean value) implements Value {}

    record ValueList(List<Value> values) implements Value {
        public ValueList {
            values = List.copyOf(values);
        }
    }

    /** A relative period such as 30 days. */
    record Period(long amount, PeriodUnit unit) implements Value {
        private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile("\\s*(\\d{1,6})\\s*([a-z]+)\\s*");

        public Period {
            requireNonNull(unit, "unit is null");
        }

        /** Reads a period written as text, such as {@code 30 days} or {@code 1 month}. */
        public static java.util.Optional<Period> parse(String text) {
            java.util.regex.Matcher matcher = TEXT.matcher(text.toLowerCase(java.util.Locale.ROOT));
            if (!matcher.matches()) {
                return java.util.Optional.empty();
            }
            return PeriodUnit.fromFileName(matcher.group(2)).map(unit -> new Period(Long.parseLong(matcher.group(1)), unit));
        }
    }

    /** How the value reads in a message. */
    static String describe(Value value) {
        return switch (value) {
            case Text text -> "the text '" + dev.baton.model.io.Text.quoteForMessage(text.value()) + "'";
            case Number number -> "the number " + number.value().toPlainString();
            case Bool bool -> String.valueOf(bool.value());
            case ValueList list -> "a list of " + list.values().size() + " values";
            case Period period -> "the period " + period.amount() + " " + period.unit().fileName();
        };
    }
}

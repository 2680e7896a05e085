package dev.baton.compiler.sql;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * SQL text with {@code ?} placeholders and the values to bind to them, in order. Values are {@code String},
 * {@code Long}, {@code java.math.BigDecimal}, {@code Boolean}, {@code java.time.LocalDate} or {@code java.time.LocalDateTime}.
 */
public record SqlStatement(String sql, List<Object> binds) {
    public SqlStatement {
        requireNonNull(sql, "sql is null");
        binds = Collections.unmodifiableList(new ArrayList<>(binds));
    }

    /** The SQL followed by one comment line per bind value, for people to read. */
    public String describe() {
        StringBuilder out = new StringBuilder(sql).append(";\n");
        for (int i = 0; i < binds.size(); i++) {
            Object value = binds.get(i);
            out.append("-- $").append(i + 1).append(" = ").append(describe(value)).append('\n');
        }
        return out.toString();
    }

    private static String describe(Object value) {
        String text = value instanceof String string ? "'" + dev.baton.model.io.Text.quoteForMessage(string).replace("'", "''") + "'" : String.valueOf(value);
        return text + " (" + value.getClass().getSimpleName() + ")";
    }
}

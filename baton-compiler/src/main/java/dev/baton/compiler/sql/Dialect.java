package dev.baton.compiler.sql;

import java.util.Locale;
import java.util.Optional;
import org.jooq.SQLDialect;

/** The SQL dialects Baton renders. Differences live where they occur, as small switches over this enum. */
public enum Dialect {
    DUCKDB(SQLDialect.DUCKDB),
    POSTGRES(SQLDialect.POSTGRES);

    private final SQLDialect jooq;

    Dialect(SQLDialect jooq) {
        this.jooq = jooq;
    }

    public SQLDialect jooq() {
        return jooq;
    }

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Dialect> fromFileName(String name) {
        for (Dialect dialect : values()) {
            if (dialect.fileName().equals(name)) {
                return Optional.of(dialect);
            }
        }
        return Optional.empty();
    }
}

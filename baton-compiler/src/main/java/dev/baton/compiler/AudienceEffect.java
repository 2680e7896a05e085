package dev.baton.compiler;

import static java.util.Objects.requireNonNull;

import dev.baton.compiler.catalog.StoredField;
import dev.baton.compiler.sql.SqlStatement;
import java.util.List;

/** What an activity does to saved audiences besides its outputs. */
public sealed interface AudienceEffect {
    /**
     * A Save audience: {@code content} is the SELECT of the rows to store (live runs only); {@code statistics} returns
     * one row of {@code rows}, {@code profiles} and {@code skipped} (rows left out for an empty identity).
     */
    record Save(String label, String targetDimension, String entity, String identityNamespace, List<StoredField> fields, SqlStatement content,
            SqlStatement statistics) implements AudienceEffect {
        public Save {
            requireNonNull(label, "label is null");
            requireNonNull(targetDimension, "targetDimension is null");
            requireNonNull(entity, "entity is null");
            requireNonNull(identityNamespace, "identityNamespace is null");
            fields = List.copyOf(fields);
            requireNonNull(content, "content is null");
            requireNonNull(statistics, "statistics is null");
        }
    }

    /**
     * A Read audience of a version: {@code members} its distinct identities (recorded when it was saved),
     * {@code statistics} returns one row of {@code unmatched}.
     */
    record Read(String label, int version, long members, SqlStatement statistics) implements AudienceEffect {
        public Read {
            requireNonNull(label, "label is null");
            requireNonNull(statistics, "statistics is null");
        }
    }
}

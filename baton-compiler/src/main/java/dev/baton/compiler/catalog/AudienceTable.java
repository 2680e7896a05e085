package dev.baton.compiler.catalog;

import static java.util.Objects.requireNonNull;

import dev.baton.model.datamodel.TableName;
import java.util.List;

/**
 * The current version of a saved audience: the table holding its content and the fields stored in it.
 *
 * @param identityNamespace the namespace of the profile identity (e.g. {@code crmId})
 * @param fields every column of the content table, the identity first
 * @param rows rows of the version
 * @param distinctProfiles distinct identities of the version (its members)
 */
public record AudienceTable(String label, String targetDimension, String identityNamespace, int version, TableName table, List<StoredField> fields,
        long rows, long distinctProfiles) {
    public AudienceTable {
        requireNonNull(label, "label is null");
        requireNonNull(targetDimension, "targetDimension is null");
        requireNonNull(identityNamespace, "identityNamespace is null");
        requireNonNull(table, "table is null");
        fields = List.copyOf(fields);
    }

    /** Every row has its own identity (rows = distinct profiles): reading needs no choice among rows. */
    public boolean onePerProfile() {
        return rows == distinctProfiles;
    }

    public StoredField identity() {
        return fields.stream().filter(field -> field.role() == StoredField.FieldRole.IDENTITY).findFirst().orElseThrow();
    }
}

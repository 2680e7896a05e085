package dev.baton.engine.datamodel;

import dev.baton.engine.spi.Engine;
import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.AttributeType;
import dev.baton.model.datamodel.DataModel;
import dev.baton.model.datamodel.Entity;
import dev.baton.model.diagnostic.Diagnostic;
import dev.baton.model.diagnostic.DiagnosticCode;
import dev.baton.model.diagnostic.Diagnostics;
import dev.baton.model.error.BatonException;
import dev.baton.model.error.ErrorCode;
import dev.baton.model.io.Text;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reports every table, column and type of the data model that the database does not have. */
public final class DataModelChecker {
    private DataModelChecker() {}

    public static List<Diagnostic> check(DataModel model, Engine engine) {
        Diagnostics diagnostics = new Diagnostics();
        List<String> schemas = model.entities().stream().map(entity -> entity.table().schema().orElse(engine.defaultSchema())).distinct().toList();
        Map<String, Map<String, String>> tables = columns(engine, schemas);
        for (int e = 0; e < model.entities().size(); e++) {
            Entity entity = model.entities().get(e);
            String schema = entity.table().schema().orElse(engine.defaultSchema());
            Map<String, String> columns = tables.getOrDefault(schema + "\u0000" + entity.table().name(), Map.of());
            String path = "entities[" + e + "]";
            if (columns.isEmpty()) {
                diagnostics.add(DiagnosticCode.UNKNOWN_TABLE, path + ".table", "entity '" + entity.name() + "': the database has no table or view '"
                        + Text.quoteForMessage(schema + "." + entity.table().name()) + "'");
                continue;
            }
            for (int a = 0; a < entity.attributes().size(); a++) {
                Attribute attribute = entity.attributes().get(a);
                String type = columns.get(attribute.column());
                String attributePath = path + ".attributes[" + a + "]";
                if (type == null) {
                    diagnostics.add(DiagnosticCode.UNKNOWN_COLUMN, attributePath + ".column", "attribute '" + entity.name() + "." + attribute.name()
                            + "': table " + schema + "." + entity.table().name() + " has no column '" + Text.quoteForMessage(attribute.column())
                            + "'; columns: " + String.join(", ", columns.keySet()));
                }
                else if (!fits(attribute.type(), type)) {
                    diagnostics.add(DiagnosticCode.COLUMN_TYPE_MISMATCH, attributePath + ".type", "attribute '" + entity.name() + "." + attribute.name()
                            + "' is declared " + attribute.type().fileName() + " but column " + attribute.column() + " is " + type);
                }
            }
        }
        return diagnostics.toList();
    }

    /**
     * For every table of {@code schemas} (keyed by schema, a NUL, and table name), its column names to SQL type names in
     * column order. One query for the whole model.
     */
    private static Map<String, Map<String, String>> columns(Engine engine, List<String> schemas) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        String placeholders = String.join(", ", java.util.Collections.nCopies(schemas.size(), "?"));
        try (PreparedStatement statement = engine.connection().prepareStatement("SELECT table_schema, table_name, column_name, data_type"
                + " FROM information_schema.columns WHERE table_schema IN (" + placeholders + ") ORDER BY table_schema, table_name, ordinal_position")) {
            for (int i = 0; i < schemas.size(); i++) {
                statement.setString(i + 1, schemas.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    tables.computeIfAbsent(result.getString(1) + "\u0000" + result.getString(2), key -> new LinkedHashMap<>())
                            .put(result.getString(3), result.getString(4));
                }
            }
            return tables;
        }
        catch (SQLException e) {
            throw new BatonException(ErrorCode.SQL_FAILED, "cannot read the database's columns: " + e.getMessage(), e);
        }
    }

    /** Whether a column of SQL type {@code sqlType} can hold the attribute's values. */
    static boolean fits(AttributeType type, String sqlType) {
        String upper = sqlType.toUpperCase(Locale.ROOT);
        return switch (type) {
            case STRING, ENUMERATION -> upper.startsWith("VARCHAR") || upper.startsWith("CHAR") || upper.equals("TEXT") || upper.equals("STRING")
                    || upper.equals("CHARACTER VARYING") || upper.equals("CHARACTER") || upper.equals("BPCHAR") || upper.equals("UUID");
            case INTEGER -> List.of("TINYINT", "SMALLINT", "INTEGER", "INT", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT",
                    "INT2", "INT4", "INT8").contains(upper);
            case DECIMAL -> upper.startsWith("DECIMAL") || upper.startsWith("NUMERIC") || upper.equals("DOUBLE") || upper.equals("REAL")
                    || upper.equals("FLOAT") || upper.equals("DOUBLE PRECISION") || fits(AttributeType.INTEGER, sqlType);
            case BOOLEAN -> upper.equals("BOOLEAN") || upper.equals("BOOL");
            case DATE -> upper.equals("DATE");
            case TIMESTAMP -> upper.startsWith("TIMESTAMP");
        };
    }
}

package dev.baton.model.io;

import dev.baton.model.diagnostic.DiagnosticCode;
import java.util.regex.Pattern;

/** The rules for names that appear in paths, work tables and SQL identifiers. */
public final class Names {
    /** Entity, attribute, link and identity names: usable in rule paths and as work table columns. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    /** Activity ids: part of work table names, so short and lowercase. */
    public static final Pattern ACTIVITY_ID = Pattern.compile("[a-z][a-z0-9_-]{0,39}");
    /** Campaign ids. */
    public static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z][a-z0-9_-]{0,63}");

    private Names() {}

    public static boolean checkName(String name, Fields fields, String field) {
        if (NAME.matcher(name).matches()) {
            return true;
        }
        fields.report(DiagnosticCode.INVALID_ID, field, "'" + Text.quoteForMessage(name)
                + "' is not a valid name: use letters, digits and _, starting with a letter or _, at most 63 characters");
        return false;
    }

    /** Table and column names are quoted in SQL, so any text will do except empty text and control characters. */
    public static boolean checkPhysicalName(String name, Fields fields, String field) {
        boolean valid = !name.isBlank() && name.length() <= 128 && name.codePoints().noneMatch(Character::isISOControl);
        if (!valid) {
            fields.report(DiagnosticCode.INVALID_ID, field, "'" + Text.quoteForMessage(name) + "' is not a valid database name: 1 to 128 characters, no control characters");
        }
        return valid;
    }
}

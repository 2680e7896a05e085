package dev.baton.model.diagnostic;

/**
 * Stable codes of the problems Baton reports. The number never changes meaning; tests and tools match on it, not on
 * the wording of the message. 1xx: file format, 2xx: campaign graph, 3xx: campaign against the data model, 4xx: data
 * model file and database.
 */
public enum DiagnosticCode {
    MALFORMED_FILE("BTN100"),
    UNSUPPORTED_FORMAT_VERSION("BTN101"),
    UNKNOWN_FIELD("BTN102"),
    MISSING_FIELD("BTN103"),
    WRONG_FIELD_TYPE("BTN104"),
    INVALID_ID("BTN105"),
    UNKNOWN_ACTIVITY_TYPE("BTN106"),
    INVALID_OPTION("BTN107"),

    DUPLICATE_ACTIVITY_ID("BTN200"),
    DUPLICATE_LABEL("BTN201"),
    DANGLING_TRANSITION("BTN202"),
    DUPLICATE_TRANSITION("BTN203"),
    CYCLE("BTN204"),
    MISSING_INPUT("BTN205"),
    SURPLUS_INPUT("BTN206"),
    UNKNOWN_OUTPUT("BTN207"),
    EMPTY_CAMPAIGN("BTN208"),

    UNKNOWN_DIMENSION("BTN300"),
    UNKNOWN_ATTRIBUTE("BTN301"),
    UNKNOWN_LINK("BTN302"),
    WRONG_VALUE_TYPE("BTN303"),
    OPERATOR_NOT_APPLICABLE("BTN304"),
    VALUE_NOT_ALLOWED("BTN305"),
    INCOMPATIBLE_DIMENSIONS("BTN306"),
    INVALID_PRIMARY_SET("BTN307"),
    MISSING_VALUE("BTN308"),
    UNEXPECTED_VALUE("BTN309"),
    TO_MANY_LINK_IN_PATH("BTN310"),
    AUDIENCE_LABEL_TAKEN("BTN311"),
    INCOMPATIBLE_PROFILE_MAPPING("BTN312"),
    INVALID_AUDIENCE_FIELD("BTN313"),
    UNKNOWN_AUDIENCE("BTN314"),
    INCOMPATIBLE_IDENTITY("BTN315"),

    DUPLICATE_NAME("BTN400"),
    UNKNOWN_LINK_TARGET("BTN401"),
    UNKNOWN_REFERENCE("BTN402"),
    NOT_AN_IDENTITY("BTN403"),
    UNKNOWN_TABLE("BTN404"),
    UNKNOWN_COLUMN("BTN405"),
    COLUMN_TYPE_MISMATCH("BTN406"),
    INVALID_LINK("BTN407");

    private final String code;

    DiagnosticCode(String code) {
        this.code = code;
    }

    /** The stable code, such as {@code BTN204}. */
    public String code() {
        return code;
    }
}

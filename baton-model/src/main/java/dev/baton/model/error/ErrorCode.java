package dev.baton.model.error;

/** Categorised error codes; the number ranges follow the type (1xxx user, 2xxx external, 9xxx internal). */
public enum ErrorCode {
    INVALID_DATA_MODEL(1001, ErrorType.USER),
    INVALID_CAMPAIGN(1002, ErrorType.USER),
    NOT_FOUND(1003, ErrorType.USER),
    INVALID_ARGUMENT(1004, ErrorType.USER),
    WORKSPACE_INVALID(1005, ErrorType.USER),
    FILE_UNREADABLE(2001, ErrorType.EXTERNAL),
    DATABASE_UNAVAILABLE(2002, ErrorType.EXTERNAL),
    DATABASE_LOCKED(2003, ErrorType.EXTERNAL),
    SQL_FAILED(2004, ErrorType.EXTERNAL),
    INTERNAL(9001, ErrorType.INTERNAL);

    private final int number;
    private final ErrorType type;

    ErrorCode(int number, ErrorType type) {
        this.number = number;
        this.type = type;
    }

    public int number() {
        return number;
    }

    public ErrorType type() {
        return type;
    }
}

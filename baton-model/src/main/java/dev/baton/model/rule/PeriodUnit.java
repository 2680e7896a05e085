package dev.baton.model.rule;

import java.util.Optional;

/** Units of relative dates. */
public enum PeriodUnit {
    DAYS("days"),
    WEEKS("weeks"),
    MONTHS("months"),
    YEARS("years");

    private final String fileName;

    PeriodUnit(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** Accepts the plural and the singular: {@code days}, {@code day}. */
    public static Optional<PeriodUnit> fromFileName(String name) {
        for (PeriodUnit unit : values()) {
            if (unit.fileName.equals(name) || unit.fileName.equals(name + "s")) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}

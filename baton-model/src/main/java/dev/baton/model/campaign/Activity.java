package dev.baton.model.campaign;

import java.util.List;

/** A node of the campaign graph. Each type is a record; its options are typed fields. */
public sealed interface Activity permits BuildAudience, Combine, SaveAudience, ReadAudience {
    /** Unique in the campaign; part of work table names. */
    String id();

    /** Shown on the canvas. */
    String label();

    /** The type name used in files, such as {@code build-audience}. */
    String typeName();

    /** The outputs the activity produces, in order; the first is the main one. */
    List<String> outputs();

    /** How many inbound transitions the activity accepts. */
    int minimumInputs();

    int maximumInputs();
}

package dev.baton.model.campaign;

/** Names of activity outputs. */
public final class Ports {
    public static final String OUT = "out";
    public static final String COMPLEMENT = "complement";

    private Ports() {}
}

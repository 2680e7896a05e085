/**
 * The engine SPI: an {@link dev.baton.engine.spi.EngineFactory} per database kind, found with
 * {@link java.util.ServiceLoader} by the name in the workspace configuration, opens an
 * {@link dev.baton.engine.spi.Engine}. Engine modules implement it; the engine module never depends on them.
 */
package dev.baton.engine.spi;

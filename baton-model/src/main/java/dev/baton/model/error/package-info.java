/**
 * The one exception type of Baton, {@link dev.baton.model.error.BatonException}, with a categorised
 * {@link dev.baton.model.error.ErrorCode}; adapters map its {@link dev.baton.model.error.ErrorType} to an exit code
 * or an HTTP status in one place.
 */
package dev.baton.model.error;

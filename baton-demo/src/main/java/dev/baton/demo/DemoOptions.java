package dev.baton.demo;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * What to generate: how many recipients, the seed of every pseudo-random choice, and the day the dates are relative
 * to. The same options always give the same data.
 *
 * @param recipients number of recipients, from 1 to {@value #MAXIMUM_RECIPIENTS}; bookings and wishlist entries scale
 *        with it
 * @param seed any number; a different seed gives different data
 * @param today the reference day: bookings, birth dates and creation times lie before it, travel dates around it
 */
public record DemoOptions(long recipients, long seed, LocalDate today) {
    public static final long MAXIMUM_RECIPIENTS = 100_000_000;

    public DemoOptions {
        if (recipients < 1 || recipients > MAXIMUM_RECIPIENTS) {
            throw new IllegalArgumentException(
                    "recipients must be between 1 and " + MAXIMUM_RECIPIENTS + ", got " + recipients);
        }
        requireNonNull(today, "today is null");
        // Dates go into SQL as DATE 'yyyy-mm-dd' literals and 85 years back must stay a plain four-digit year.
        if (today.getYear() < 1900 || today.getYear() > 9999) {
            throw new IllegalArgumentException("today must be between the years 1900 and 9999, got " + today);
        }
    }
}

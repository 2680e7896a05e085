/**
 * The travel-company demo: its data model ({@code datamodel.yaml}) and {@link dev.baton.demo.DemoData}, a
 * deterministic generator that fills the {@code crm} schema of a DuckDB database with destinations, trips,
 * recipients, bookings and wishlists entirely in SQL, so that a million recipients load in seconds and the same
 * {@link dev.baton.demo.DemoOptions} always give the same rows.
 */
package dev.baton.demo;

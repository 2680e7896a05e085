/**
 * What the compiler may know about saved audiences: which campaign owns a label, and the current content table of
 * an audience. A read-only snapshot handed in by the engine, so that the compiler stays pure.
 */
package dev.baton.compiler.catalog;

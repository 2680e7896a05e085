/**
 * The data model: entities mapped to tables or views, typed attributes, identities, links with a cardinality, and
 * target dimensions. {@link dev.baton.model.datamodel.DataModelReader} reads and checks the file; checking it against
 * a real database is the engine's work.
 */
package dev.baton.model.datamodel;

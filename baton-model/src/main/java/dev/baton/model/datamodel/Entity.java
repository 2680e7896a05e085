package dev.baton.model.datamodel;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** An entity: rows of a table or view, identified by a primary key of one or more attributes. */
public record Entity(String name, String label, TableName table, List<String> primaryKey, List<Attribute> attributes,
        List<Link> links) {
    public Entity {
        requireNonNull(name, "name is null");
        requireNonNull(label, "label is null");
        requireNonNull(table, "table is null");
        primaryKey = List.copyOf(primaryKey);
        attributes = List.copyOf(attributes);
        links = List.copyOf(links);
    }

    public Optional<Attribute> attribute(String attributeName) {
        return attributes.stream().filter(attribute -> attribute.name().equals(attributeName)).findFirst();
    }

    public Optional<Link> link(String linkName) {
        return links.stream().filter(link -> link.name().equals(linkName)).findFirst();
    }

    /** The primary key attributes, in key order. Valid only on a checked model. */
    public List<Attribute> primaryKeyAttributes() {
        return primaryKey.stream().map(key -> attribute(key).orElseThrow()).toList();
    }

    public List<String> attributeNames() {
        return attributes.stream().map(Attribute::name).toList();
    }

    public List<String> linkNames() {
        return links.stream().map(Link::name).toList();
    }
}

package dev.baton.compiler.plan;

import dev.baton.model.datamodel.Attribute;
import dev.baton.model.datamodel.Entity;
import java.util.ArrayList;
import java.util.List;

/** The columns of a plan node's rows, in order. */
public record RowType(List<Column> columns) {
    public RowType {
        columns = List.copyOf(columns);
    }

    /** A population of {@code entity}: its primary key, one column per key attribute, named as the attribute. */
    public static RowType keysOf(Entity entity) {
        return new RowType(entity.primaryKeyAttributes().stream().map(RowType::column).toList());
    }

    /** These columns followed by one per attribute, named as the attribute. */
    public RowType with(List<Attribute> attributes) {
        List<Column> result = new ArrayList<>(columns);
        attributes.forEach(attribute -> result.add(column(attribute)));
        return new RowType(result);
    }

    private static Column column(Attribute attribute) {
        return new Column(attribute.name(), attribute.type());
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}

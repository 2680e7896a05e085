package dev.baton.model.datamodel;

import java.util.List;
import java.util.Optional;

/** A checked data model. Build it with {@link DataModelReader}, which guarantees that every reference resolves. */
public record DataModel(int formatVersion, List<Entity> entities, List<TargetDimension> targetDimensions) {
    public static final int FORMAT_VERSION = 1;

    public DataModel {
        entities = List.copyOf(entities);
        targetDimensions = List.copyOf(targetDimensions);
    }

    public Optional<Entity> entity(String name) {
        return entities.stream().filter(entity -> entity.name().equals(name)).findFirst();
    }

    public Optional<TargetDimension> targetDimension(String name) {
        return targetDimensions.stream().filter(dimension -> dimension.name().equals(name)).findFirst();
    }

    public List<String> entityNames() {
        return entities.stream().map(Entity::name).toList();
    }

    public List<String> targetDimensionNames() {
        return targetDimensions.stream().map(TargetDimension::name).toList();
    }
}

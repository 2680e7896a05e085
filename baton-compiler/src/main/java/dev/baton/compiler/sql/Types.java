package dev.baton.compiler.sql;

import dev.baton.compiler.predicate.Literal;
import dev.baton.model.datamodel.AttributeType;
import java.math.BigDecimal;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** SQL types of attribute types, and bind values of literals. */
final class Types {
    private Types() {}

    static DataType<?> dataType(AttributeType type) {
        return switch (type) {
            case STRING, ENUMERATION -> SQLDataType.VARCHAR;
            case INTEGER -> SQLDataType.BIGINT;
            case DECIMAL -> SQLDataType.DECIMAL;
            case BOOLEAN -> SQLDataType.BOOLEAN;
            case DATE -> SQLDataType.LOCALDATE;
            case TIMESTAMP -> SQLDataType.LOCALDATETIME;
        };
    }

    /** A bind value; decimals keep their own scale so that no digit is rounded away by a default cast. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Field<Object> bind(Literal literal) {
        DataType type = literal.value() instanceof BigDecimal decimal
                ? SQLDataType.DECIMAL(38, Math.max(0, decimal.scale()))
                : dataType(literal.type());
        return (Field<Object>) DSL.val(literal.value(), type);
    }
}

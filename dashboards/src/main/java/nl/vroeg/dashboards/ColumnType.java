package nl.vroeg.dashboards;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;

/** How a lake column is typed in PostgreSQL; {@link #of} maps the Spark type of a Delta column. */
enum ColumnType {
    TEXT("text"),
    DATE("date"),
    TIMESTAMP("timestamp with time zone"),
    INTEGER("integer"),
    COUNT("bigint"),
    DECIMAL("double precision"),
    NUMERIC("numeric"),
    FLAG("boolean"),
    /** An array of strings (e.g. {@code secundair_onderdrukt}): a real {@code text[]}, never its toString. */
    NAMES("text[]");

    private final String postgresType;

    ColumnType(String postgresType) {
        this.postgresType = postgresType;
    }

    /** As {@code format_type} prints it, so an existing table's columns can be compared with these. */
    String postgresType() {
        return postgresType;
    }

    /** @throws IllegalStateException (Dutch) for a type the serving database has no column type for */
    static ColumnType of(DataType type, String column) {
        if (type.equals(DataTypes.StringType)) return TEXT;
        if (type.equals(DataTypes.DateType)) return DATE;
        if (type.equals(DataTypes.TimestampType)) return TIMESTAMP;
        if (type.equals(DataTypes.IntegerType) || type.equals(DataTypes.ShortType) || type.equals(DataTypes.ByteType)) return INTEGER;
        if (type.equals(DataTypes.LongType)) return COUNT;
        if (type.equals(DataTypes.DoubleType) || type.equals(DataTypes.FloatType)) return DECIMAL;
        if (type instanceof DecimalType) return NUMERIC;
        if (type.equals(DataTypes.BooleanType)) return FLAG;
        if (type instanceof ArrayType array && array.elementType().equals(DataTypes.StringType)) return NAMES;
        throw new IllegalStateException("Kolom " + column + " heeft type " + type.simpleString()
                + ", dat de servingdatabase niet kent; er is niets gepubliceerd.");
    }
}

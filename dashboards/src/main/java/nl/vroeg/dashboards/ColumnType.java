package nl.vroeg.dashboards;

/** How a published column is typed on both sides of the copy: in Spark (to cast gold to) and in PostgreSQL. */
enum ColumnType {
    TEXT("string", "text"),
    DATE("date", "date"),
    COUNT("bigint", "bigint"),
    DECIMAL("double", "double precision"),
    FLAG("boolean", "boolean"),
    NAMES("array<string>", "text[]");

    private final String sparkType;
    private final String postgresType;

    ColumnType(String sparkType, String postgresType) {
        this.sparkType = sparkType;
        this.postgresType = postgresType;
    }

    String sparkType() {
        return sparkType;
    }

    String postgresType() {
        return postgresType;
    }
}

package nl.vroeg.dashboards;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A table of the serving database, described once: its columns drive the DDL, the comments, the COPY column list
 * and the comparison with an existing table, so they cannot drift. A {@code detail} table is restricted by
 * row-level security to the rows of the reader's municipality (its {@code gemeentecode}).
 */
record ServingTable(String schema, String name, String source, String comment, List<ServingColumn> columns, boolean detail) {

    ServingTable {
        ServingSchemas.requireIdentifier(schema);
        ServingSchemas.requireIdentifier(name);
        columns.forEach(c -> ServingSchemas.requireIdentifier(c.name()));
        columns = List.copyOf(columns);
        if (detail && columns.stream().noneMatch(c -> c.name().equals("gemeentecode"))) {
            throw new IllegalArgumentException("Detailtabel " + name + " zonder gemeentecode");
        }
    }

    String qualifiedName() {
        return schema + "." + name;
    }

    String createStatement() {
        return "create table " + qualifiedName() + " (\n"
                + columns.stream().map(c -> "  " + c.name() + " " + c.type().postgresType()).collect(Collectors.joining(",\n"))
                + "\n)";
    }

    /** The column names and types as PostgreSQL's {@code format_type} reports them, in order. */
    List<String> columnSignature() {
        return columns.stream().map(c -> c.name() + " " + c.type().postgresType()).toList();
    }

    /** COMMENT statements; refreshed on every publication. A column without a description gets none. */
    List<String> commentStatements() {
        List<String> sql = new java.util.ArrayList<>();
        sql.add("comment on table " + qualifiedName() + " is " + literal(comment));
        for (ServingColumn c : columns) {
            if (c.description() != null) sql.add("comment on column " + qualifiedName() + "." + c.name() + " is " + literal(c.description()));
        }
        return sql;
    }

    String copyStatement(String target) {
        return "copy " + target + " (" + columns.stream().map(ServingColumn::name).collect(Collectors.joining(", "))
                + ") from stdin (format text)";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}

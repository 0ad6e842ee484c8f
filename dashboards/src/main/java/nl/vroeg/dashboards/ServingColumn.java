package nl.vroeg.dashboards;

/** One column of the serving table, with the Dutch description that becomes its COMMENT. */
record ServingColumn(String name, ColumnType type, boolean required, String description) {
}

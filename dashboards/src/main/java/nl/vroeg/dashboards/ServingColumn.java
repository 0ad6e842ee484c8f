package nl.vroeg.dashboards;

/** One column of a serving table, with the Dutch description that becomes its COMMENT (null: none known). */
record ServingColumn(String name, ColumnType type, String description) {
}

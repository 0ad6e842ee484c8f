package nl.vroeg.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Researchers get read-only SQL: a statement is parsed (not run) and refused when any part of it is a command
 * (insert, update, delete, merge, create, drop, vacuum, ...) other than the harmless ones that only look.
 */
final class ReadOnlySql {

    /** Commands that only show: listing tables, describing them, explaining a query, a table's history. */
    private static final Set<String> LOOKING_COMMANDS = Set.of("ShowTables", "ShowViews", "ShowNamespaces",
            "ShowColumns", "ShowTableProperties", "DescribeRelation", "DescribeColumn", "DescribeNamespace",
            "ExplainCommand", "DescribeDeltaHistory", "DescribeDeltaDetailCommand", "ShowTablesCommand",
            "ShowColumnsCommand", "DescribeTableCommand", "DescribeColumnCommand");

    private ReadOnlySql() {
    }

    static void check(SparkSession spark, String sql) {
        LogicalPlan plan;
        try {
            plan = ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().sqlParser().parsePlan(sql);
        } catch (ParseException e) {
            throw new Vroeg.UserError("Ongeldige SQL: " + e.getMessage(), 2);
        }
        Deque<LogicalPlan> todo = new ArrayDeque<>();
        todo.push(plan);
        while (!todo.isEmpty()) {
            LogicalPlan node = todo.pop();
            String kind = node.getClass().getSimpleName();
            if (node instanceof InsertIntoStatement || (node instanceof Command && !LOOKING_COMMANDS.contains(kind))) {
                throw new Vroeg.UserError("Alleen lezen: deze opdracht (" + kind + ") wijzigt iets en wordt geweigerd."
                        + " Gebruik SELECT, WITH, SHOW, DESCRIBE of EXPLAIN.", 2);
            }
            CollectionConverters.asJava(node.children()).forEach(todo::push);
        }
    }
}

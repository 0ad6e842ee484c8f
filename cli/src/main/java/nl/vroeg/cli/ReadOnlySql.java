package nl.vroeg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.UnresolvedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedGenerator;
import org.apache.spark.sql.catalyst.analysis.UnresolvedNamespace;
import org.apache.spark.sql.catalyst.analysis.UnresolvedRelation;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTable;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableOrView;
import org.apache.spark.sql.catalyst.analysis.UnresolvedTableValuedFunction;
import org.apache.spark.sql.catalyst.analysis.UnresolvedView;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.PlanExpression;
import org.apache.spark.sql.catalyst.plans.QueryPlan;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.ShowTables;
import org.apache.spark.sql.catalyst.plans.logical.UnresolvedWith;
import org.apache.spark.sql.catalyst.trees.TreeNode;
import org.apache.spark.sql.execution.command.DescribeQueryCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import scala.Product;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The first wall of {@code vroeg sql}: an allow-list over the parsed statement, checked before anything runs.
 * Allowed are queries ({@code select}, {@code with}, {@code values}, {@code table}) built only from query
 * operators, over the lake's tables, calling only the reviewed functions of {@code sql-functies.txt}; and the
 * statements that only look ({@code show}, {@code describe}, {@code explain} of such a query). Everything else
 * is refused: every command, {@code execute immediate}, {@code set}, path-based relations
 * (``text.`/etc/shadow` ``), table functions that read files, functions that call Java. After analysis,
 * {@link #checkAnalyzed} checks again that every relation is a table in the lake.
 */
public final class ReadOnlySql {

    /** What a statement does, once allowed. */
    public enum Kind {
        /** A query; also {@code explain} and {@code describe query} of one. */
        QUERY,
        /** {@code show tables [in LAYER] [like PATTERN]}: answered from the lake's folders. */
        SHOW_TABLES,
        /** {@code describe history TABLE}, {@code describe detail TABLE}: answered by Delta for the named table. */
        DELTA_HISTORY, DELTA_DETAIL,
        /** Other statements that only show: describe a table or column, show columns, functions, schemas. */
        LOOK
    }

    /**
     * An allowed statement: its kind, the lake tables it names ({@code layer.table}), and for {@code show
     * tables} the layer (null: every layer) and pattern.
     */
    public record Statement(String sql, LogicalPlan plan, Kind kind, Set<String> tables, String layer, String pattern) {
    }

    /** Every node a query may consist of: Spark's query operators, nothing that writes, sets or runs. */
    private static final Set<String> QUERY_NODES = Set.of("Project", "Filter", "Aggregate", "Sort", "GlobalLimit",
            "LocalLimit", "Offset", "Tail", "Distinct", "Deduplicate", "Union", "Intersect", "Except", "Join",
            "LateralJoin", "SubqueryAlias", "UnresolvedWith", "WithCTE", "CTERelationDef", "CTERelationRef",
            "UnresolvedRelation", "UnresolvedInlineTable", "LocalRelation", "OneRowRelation", "Range", "Window",
            "WithWindowDefinition", "Generate", "Pivot", "Unpivot", "Expand", "Sample", "UnresolvedHint",
            "UnresolvedSubqueryColumnAliases", "UnresolvedTableValuedFunction", "UnresolvedTVFAliases",
            "RepartitionByExpression", "Repartition", "RebalancePartitions", "UnresolvedHaving", "GroupingSets",
            "InlineTable", "UnresolvedPipeAggregate", "PipeOperator");

    /** Statements that only show something, by Spark's (and Delta's) plan class name. */
    private static final Set<String> LOOKING_STATEMENTS = Set.of("DescribeRelation", "DescribeColumn",
            "ShowColumns", "ShowTableProperties", "ShowNamespaces", "ShowFunctions", "DescribeFunction",
            "DescribeNamespace", "ShowCurrentNamespace", "ShowCatalogs",
            // the same three as some parses give them, already as commands
            "ShowNamespacesCommand", "ShowCurrentNamespaceCommand", "ShowCatalogsCommand");

    /** Table functions that only make rows from their arguments (no file, no table, no Java). */
    private static final Set<String> TABLE_FUNCTIONS = Set.of("range", "explode", "explode_outer", "inline",
            "inline_outer", "posexplode", "posexplode_outer", "stack", "json_tuple", "variant_explode",
            "variant_explode_outer", "sql_keywords");

    /** The reviewed functions a query may call (see the file's header for what is left out, and why). */
    public static final Set<String> FUNCTIONS = readFunctionList();

    private static final String ONLY_READ = "Alleen lezen: ";
    private static final String ALLOWED = " Toegestaan: SELECT, WITH, VALUES, TABLE, SHOW, DESCRIBE en EXPLAIN over de tabellen van het lake.";

    private ReadOnlySql() {
    }

    /**
     * Parses (without running) and checks one statement.
     *
     * @param lakeTables the lake's tables ({@code layer.table}) a statement may name
     * @throws Vroeg.UserError (exit 2) with a Dutch message when the statement is not allowed
     */
    public static Statement check(SparkSession spark, String sql, Collection<String> lakeTables) {
        LogicalPlan plan;
        try {
            plan = ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().sqlParser().parsePlan(sql);
        } catch (Exception e) { // ParseException, and scripting errors the parser raises (e.g. cursors)
            if (e instanceof org.apache.spark.SparkThrowable error && error.getCondition() != null) throw SqlErrors.userError(e);
            throw new Vroeg.UserError(ONLY_READ + "deze SQL wordt niet begrepen." + ALLOWED, 2, e);
        }
        Set<String> lake = lakeTables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String kind = plan.getClass().getSimpleName();
        Set<String> named = new TreeSet<>();
        if (plan instanceof ShowTables show) {
            List<String> ns = names(show.namespace() instanceof UnresolvedNamespace n ? n.multipartIdentifier() : null);
            String layer = ns.isEmpty() ? null : layerOf(ns);
            return new Statement(sql, plan, Kind.SHOW_TABLES, named, layer, show.pattern().isDefined() ? show.pattern().get() : null);
        }
        if (plan instanceof ExplainCommand explain) {
            checkQuery(explain.logicalPlan(), lake, named);
            return new Statement(sql, plan, Kind.QUERY, named, null, null);
        }
        if (plan instanceof DescribeQueryCommand describe) {
            checkQuery(describe.plan(), lake, named);
            return new Statement(sql, plan, Kind.QUERY, named, null, null);
        }
        if (kind.equals("DescribeDeltaHistory") || kind.equals("DescribeDeltaDetailCommand")) {
            namedTables(plan, lake, named, kind);
            if (named.size() != 1) throw refused("geef precies één tabel van het lake (bijv. DESCRIBE HISTORY gold.gemeente_maand)");
            return new Statement(sql, plan, kind.equals("DescribeDeltaHistory") ? Kind.DELTA_HISTORY : Kind.DELTA_DETAIL, named, null, null);
        }
        if (LOOKING_STATEMENTS.contains(kind)) {
            namedTables(plan, lake, named, kind);
            return new Statement(sql, plan, Kind.LOOK, named, null, null);
        }
        if (!QUERY_NODES.contains(kind)) throw refused("deze opdracht (" + kind + ") wordt geweigerd.");
        checkQuery(plan, lake, named);
        return new Statement(sql, plan, Kind.QUERY, named, null, null);
    }

    /** The names a looking statement refers to: only lake tables, never a path. */
    private static void namedTables(LogicalPlan plan, Set<String> lake, Set<String> named, String kind) {
        for (LogicalPlan child : CollectionConverters.asJava(plan.children())) {
            List<String> parts;
            if (child instanceof UnresolvedTableOrView t) parts = names(t.multipartIdentifier());
            else if (child instanceof UnresolvedTable t) parts = names(t.multipartIdentifier());
            else if (child instanceof UnresolvedView t) parts = names(t.multipartIdentifier());
            else if (child instanceof UnresolvedNamespace n) {
                List<String> ns = names(n.multipartIdentifier());
                if (!ns.isEmpty()) layerOf(ns);
                continue;
            } else if (Set.of("UnresolvedFunctionName", "CurrentNamespace$").contains(child.getClass().getSimpleName())) continue;
            else throw refused("deze vorm van " + kind + " (" + child.getClass().getSimpleName() + ") wordt geweigerd; noem een tabel van het lake.");
            named.add(lakeTable(parts, lake));
        }
    }

    /** Walks the whole query (children, CTE definitions, subqueries in expressions) against the allow-lists. */
    private static void checkQuery(LogicalPlan query, Set<String> lake, Set<String> named) {
        Set<String> cteNames = new HashSet<>();
        List<LogicalPlan> relations = new ArrayList<>();
        Deque<TreeNode<?>> todo = new ArrayDeque<>();
        todo.push(query);
        while (!todo.isEmpty()) {
            TreeNode<?> node = todo.pop();
            String kind = node.getClass().getSimpleName();
            if (node instanceof LogicalPlan plan) {
                if (!QUERY_NODES.contains(kind)) {
                    throw refused(kind.equals("RelationTimeTravel")
                            ? "tijdreizen binnen de query kan niet; gebruik --as-of VERSIE of --as-of TIJDSTIP."
                            : "alleen een query is toegestaan; dit onderdeel (" + kind + ") wordt geweigerd.");
                }
                if (plan instanceof UnresolvedWith with) {
                    for (Object cte : CollectionConverters.asJava(with.cteRelations())) {
                        cteNames.add(((String) ((Product) cte).productElement(0)).toLowerCase(Locale.ROOT));
                    }
                }
                if (plan instanceof UnresolvedRelation) relations.add(plan);
                if (plan instanceof UnresolvedTableValuedFunction tvf) {
                    String name = String.join(".", names(tvf.name())).toLowerCase(Locale.ROOT);
                    if (!TABLE_FUNCTIONS.contains(name)) throw refused("de tabelfunctie " + name + " wordt geweigerd (leest bestanden of tabellen buiten het lake om).");
                }
                CollectionConverters.asJava(((QueryPlan<?>) plan).expressions()).forEach(todo::push);
            }
            if (node instanceof Expression) {
                if (node instanceof UnresolvedFunction f) checkFunction(names(f.nameParts()));
                else if (node instanceof UnresolvedGenerator g) checkFunction(List.of(g.name().funcName()));
                else if (kind.contains("UnresolvedIdentifier")) throw refused("IDENTIFIER(...) wordt geweigerd; schrijf de naam uit.");
                if (node instanceof PlanExpression<?> subquery && subquery.plan() instanceof LogicalPlan plan) todo.push(plan);
            }
            for (Object child : CollectionConverters.asJava(node.children())) todo.push((TreeNode<?>) child);
            for (Object inner : CollectionConverters.asJava(node.innerChildren())) todo.push((TreeNode<?>) inner);
        }
        for (LogicalPlan relation : relations) {
            List<String> parts = names(((UnresolvedRelation) relation).multipartIdentifier());
            if (parts.size() == 1 && cteNames.contains(parts.get(0).toLowerCase(Locale.ROOT))) continue;
            named.add(lakeTable(parts, lake));
        }
    }

    private static void checkFunction(List<String> nameParts) {
        String name = String.join(".", nameParts).toLowerCase(Locale.ROOT);
        if (nameParts.size() != 1 || !FUNCTIONS.contains(name)) {
            throw refused("de functie " + name + " wordt geweigerd (niet in de lijst van toegestane functies;"
                    + " functies die Java aanroepen of bestanden lezen zijn nooit toegestaan).");
        }
    }

    /** A relation's name as a lake table ({@code layer.table}), or a refusal saying what is there. */
    private static String lakeTable(List<String> parts, Set<String> lake) {
        List<String> name = new ArrayList<>(parts.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
        if (name.size() == 3 && name.get(0).equals("spark_catalog")) name.remove(0);
        String qualified = String.join(".", name);
        if (name.size() == 2 && lake.contains(qualified)) return qualified;
        if (name.size() == 2 && nl.vroeg.lake.Lake.LAYERS.contains(name.get(0))) {
            throw new Vroeg.UserError("Onbekende tabel " + qualified + ". Tabellen in " + name.get(0) + ": "
                    + available(lake, name.get(0)) + ".", 2);
        }
        boolean path = parts.size() >= 2 && (parts.get(1).contains("/") || parts.get(1).contains("\\"));
        throw refused((path ? "bestanden lezen (" + parts.get(0) + ".`...`) kan niet; " : "'" + String.join(".", parts)
                + "' is geen tabel van het lake; ") + "alleen de tabellen van het lake: " + available(lake, null) + ".");
    }

    private static String available(Set<String> lake, String layer) {
        String list = lake.stream().filter(t -> layer == null || t.startsWith(layer + ".")).sorted().collect(Collectors.joining(", "));
        return list.isEmpty() ? "(geen)" : list;
    }

    private static String layerOf(List<String> namespace) {
        List<String> ns = new ArrayList<>(namespace.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList());
        if (ns.size() == 2 && ns.get(0).equals("spark_catalog")) ns.remove(0);
        if (ns.size() != 1 || !nl.vroeg.lake.Lake.LAYERS.contains(ns.get(0))) {
            throw refused("'" + String.join(".", namespace) + "' is geen laag van het lake; lagen: " + String.join(", ", nl.vroeg.lake.Lake.LAYERS) + ".");
        }
        return ns.get(0);
    }

    /**
     * The second check, on the analysed query: every relation it reads is a file index below the lake (the
     * lake's Delta tables behind their views), and no expression calls Java by reflection.
     */
    public static void checkAnalyzed(LogicalPlan analyzed, Path lakeRoot) {
        Deque<TreeNode<?>> todo = new ArrayDeque<>();
        todo.push(analyzed);
        while (!todo.isEmpty()) {
            TreeNode<?> node = todo.pop();
            String kind = node.getClass().getSimpleName();
            if (node instanceof LogicalRelation relation) {
                if (!(relation.relation() instanceof HadoopFsRelation files)) throw refused("deze bron (" + relation.relation().getClass().getSimpleName() + ") wordt geweigerd.");
                for (var root : CollectionConverters.asJava(files.location().rootPaths())) {
                    if (!Path.of(root.toUri()).normalize().startsWith(lakeRoot)) throw refused("alleen bestanden in het lake.");
                }
            } else if (node instanceof LogicalPlan && node.children().isEmpty() && !Set.of("LocalRelation", "OneRowRelation", "Range", "CTERelationRef").contains(kind)) {
                throw refused("deze bron (" + kind + ") wordt geweigerd.");
            }
            if (kind.contains("Reflect")) throw refused("functies die Java aanroepen worden geweigerd.");
            if (node instanceof QueryPlan<?> plan) CollectionConverters.asJava(plan.expressions()).forEach(todo::push);
            if (node instanceof PlanExpression<?> subquery && subquery.plan() instanceof LogicalPlan plan) todo.push(plan);
            for (Object child : CollectionConverters.asJava(node.children())) todo.push((TreeNode<?>) child);
            for (Object inner : CollectionConverters.asJava(node.innerChildren())) todo.push((TreeNode<?>) inner);
        }
    }

    private static Vroeg.UserError refused(String why) {
        return new Vroeg.UserError(ONLY_READ + why + ALLOWED, 2);
    }

    private static List<String> names(scala.collection.Seq<String> parts) {
        return parts == null ? List.of() : List.copyOf(CollectionConverters.asJava(parts));
    }

    private static Set<String> readFunctionList() {
        try (InputStream in = ReadOnlySql.class.getResourceAsStream("sql-functies.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package nl.vroeg.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.delta.sql.parser.DeltaSqlBaseLexer;
import io.delta.sql.parser.DeltaSqlBaseParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.vroeg.cli.SqlSandbox;
import nl.vroeg.cli.Vroeg;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of statement Spark's and Delta's SQL grammars know, generated from the grammars themselves (the
 * parser's statement alternatives), each with an example here: the test fails when a kind has no example, so
 * a Spark or Delta upgrade cannot slip a new statement past the sandbox unreviewed. Every example that is not a
 * query or a looking statement must be refused with exit 2; every allowed one must run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlStatementKindsTest {

    /** The kinds `vroeg sql` allows: queries, explain, and statements that only show. */
    static final Set<String> ALLOWED = Set.of("StatementDefault", "Explain", "ShowTables", "ShowNamespaces",
            "ShowTblProperties", "ShowColumns", "ShowFunctions", "ShowCurrentNamespace", "ShowCatalogs",
            "DescribeFunction", "DescribeNamespace", "DescribeRelation", "DescribeQuery", "Delta.DescribeDeltaDetail",
            "Delta.DescribeDeltaHistory");

    static final String T = "gold.gemeente_maand";

    /** One example per kind (a kind may also be reached by another kind's example). */
    static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        e("StatementDefault", "select gemeentecode, sum(signalen) from " + T + " group by gemeentecode");
        e("VisitExecuteImmediate", "execute immediate 'select 1'");
        e("Use", "use gold");
        e("UseNamespace", "use namespace gold");
        e("SetCatalog", "set catalog spark_catalog");
        e("CreateNamespace", "create schema nieuw");
        e("SetNamespaceProperties", "alter schema gold set dbproperties ('a' = 'b')");
        e("UnsetNamespaceProperties", "alter schema gold unset dbproperties ('a')");
        e("SetNamespaceCollation", "alter schema gold default collation UTF8_LCASE");
        e("SetNamespaceLocation", "alter schema gold set location '/tmp/x'");
        e("DropNamespace", "drop schema gold cascade");
        e("ShowNamespaces", "show schemas");
        e("CreateTable", "create table t (a int) using delta");
        e("CreateTableLike", "create table t like " + T);
        e("ReplaceTable", "replace table t (a int) using delta");
        e("Analyze", "analyze table " + T + " compute statistics");
        e("AnalyzeTables", "analyze tables in gold compute statistics");
        e("AddTableColumns", "alter table " + T + " add columns (x int)");
        e("RenameTableColumn", "alter table " + T + " rename column signalen to s");
        e("DropTableColumns", "alter table " + T + " drop column signalen");
        e("RenameTable", "alter table " + T + " rename to gold.x");
        e("SetTableProperties", "alter table " + T + " set tblproperties ('a' = 'b')");
        e("UnsetTableProperties", "alter table " + T + " unset tblproperties ('a')");
        e("AlterTableAlterColumn", "alter table " + T + " alter column signalen comment 'x'");
        e("HiveChangeColumn", "alter table " + T + " change column signalen signalen int");
        e("HiveReplaceColumns", "alter table " + T + " replace columns (a int)");
        e("SetTableSerDe", "alter table " + T + " set serde 'x'");
        e("AddTablePartition", "alter table " + T + " add partition (p = 1)");
        e("RenameTablePartition", "alter table " + T + " partition (p = 1) rename to partition (p = 2)");
        e("DropTablePartitions", "alter table " + T + " drop partition (p = 1)");
        e("SetTableLocation", "alter table " + T + " set location '/tmp/x'");
        e("RecoverPartitions", "alter table " + T + " recover partitions");
        e("AlterClusterBy", "alter table " + T + " cluster by (gemeentecode)");
        e("AlterTableCollation", "alter table " + T + " default collation UTF8_LCASE");
        e("AddTableConstraint", "alter table " + T + " add constraint c check (signalen > 0)");
        e("DropTableConstraint", "alter table " + T + " drop constraint c");
        e("DropTable", "drop table " + T);
        e("DropView", "drop view " + T);
        e("CreateView", "create view v as select 1");
        e("CreateMetricView", "create view v with metrics language yaml as $$version: 0.1$$");
        e("CreateTempViewUsing", "create temporary view v using text options (path '/etc/passwd')");
        e("AlterViewQuery", "alter view v as select 1");
        e("AlterViewSchemaBinding", "alter view v with schema binding");
        e("CreateFunction", "create function f as 'com.example.F'");
        e("CreateUserDefinedFunction", "create function f(x int) returns int return x + 1");
        e("DropFunction", "drop function f");
        e("CreateVariable", "declare variable v int");
        e("DropVariable", "drop temporary variable v");
        e("DeclareCursorStatement", "declare c cursor for select 1");
        e("OpenCursorStatement", "open c");
        e("FetchCursorStatement", "fetch c into x");
        e("CloseCursorStatement", "close c");
        e("Explain", "explain select * from " + T);
        e("ShowTables", "show tables");
        e("ShowTableExtended", "show table extended in gold like '*'");
        e("ShowTblProperties", "show tblproperties " + T);
        e("ShowColumns", "show columns in " + T);
        e("ShowViews", "show views");
        e("ShowPartitions", "show partitions " + T);
        e("ShowFunctions", "show functions");
        e("ShowProcedures", "show procedures");
        e("ShowCreateTable", "show create table " + T);
        e("ShowCurrentNamespace", "show current namespace");
        e("ShowCatalogs", "show catalogs");
        e("ShowCollations", "show collations");
        e("DescribeFunction", "describe function abs");
        e("DescribeProcedure", "describe procedure p");
        e("DescribeNamespace", "describe schema gold");
        e("DescribeRelation", "describe " + T);
        e("DescribeQuery", "describe query select * from " + T);
        e("CommentNamespace", "comment on schema gold is 'x'");
        e("CommentTable", "comment on table " + T + " is 'x'");
        e("RefreshTable", "refresh table " + T);
        e("RefreshFunction", "refresh function f");
        e("RefreshResource", "refresh '/tmp/x'");
        e("CacheTable", "cache table " + T);
        e("UncacheTable", "uncache table " + T);
        e("ClearCache", "clear cache");
        e("LoadData", "load data local inpath '/etc/passwd' into table " + T);
        e("TruncateTable", "truncate table " + T);
        e("RepairTable", "msck repair table " + T);
        e("ManageResource", "add jar /tmp/x.jar");
        e("CreateIndex", "create index i on " + T + " (signalen)");
        e("DropIndex", "drop index i on " + T);
        e("Call", "call system.p()");
        e("FailNativeCommand", "create role r");
        e("CreatePipelineDataset", "create materialized view m as select 1");
        e("CreatePipelineInsertIntoFlow", "create flow f as insert into t by name select 1");
        e("FailSetRole", "set role admin");
        e("SetTimeZone", "set time zone 'UTC'");
        e("SetPath", "set path = default_path");
        e("SetVariable", "set variable v = 1");
        e("SetQuotedConfiguration", "set spark.sql.runSQLOnFiles = `true`");
        e("SetConfiguration", "set spark.sql.runSQLOnFiles=true");
        e("ResetQuotedConfiguration", "reset `spark.sql.runSQLOnFiles`");
        e("ResetConfiguration", "reset");
        e("SingleInsertQuery", "insert into " + T + " select * from " + T);
        e("MultiInsertQuery", "from " + T + " insert into gold.a select * insert into gold.b select *");
        e("DeleteFromTable", "delete from " + T);
        e("UpdateTable", "update " + T + " set signalen = 0");
        e("MergeIntoTable", "merge into " + T + " t using " + T + " s on t.gemeentecode = s.gemeentecode when matched then delete");
        e("Delta.VacuumTable", "vacuum " + T + " retain 0 hours");
        e("Delta.DescribeDeltaDetail", "describe detail " + T);
        e("Delta.Generate", "generate symlink_format_manifest for table " + T);
        e("Delta.DescribeDeltaHistory", "describe history " + T);
        e("Delta.Convert", "convert to delta parquet.`/tmp/x`");
        e("Delta.Restore", "restore table " + T + " to version as of 0");
        e("Delta.AlterTableDropFeature", "alter table " + T + " drop feature deletionVectors");
        e("Delta.AlterTableSyncIdentity", "alter table " + T + " alter column signalen sync identity");
        e("Delta.OptimizeTable", "optimize " + T + " zorder by (signalen)");
        e("Delta.ReorgTable", "reorg table " + T + " apply (purge)");
        e("Delta.Clone", "create table kloon shallow clone " + T);
        e("Delta.ClusterBy", "create table t (a int) using delta cluster by (a)");
        e("SqlScript", "begin delete from " + T + "; end");
    }

    private static void e(String kind, String sql) {
        EXAMPLES.put(kind, sql);
    }

    SandboxLake fixture;

    @BeforeAll
    void makeTheLake(@TempDir Path dir) throws IOException {
        fixture = new SandboxLake(dir);
    }

    @Test
    void everyStatementKindOfTheGrammarsHasAnExample() {
        Set<String> covered = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        EXAMPLES.forEach((kind, sql) -> {
            Set<String> kinds = kindsOf(sql);
            if (!kinds.contains(kind) && !kind.equals("SqlScript")) wrong.add(kind + " <- " + sql + " is " + kinds);
            covered.addAll(kinds);
        });
        assertEquals(List.of(), wrong, "each example parses as the kind it stands for");
        Set<String> missing = new TreeSet<>(grammarKinds());
        missing.removeAll(covered);
        assertEquals(Set.of(), missing, "statement kinds without an example: add one to EXAMPLES and decide whether it is allowed");
    }

    @Test
    void everyNonQueryKindIsRefusedAndEveryQueryKindRuns() throws IOException {
        Map<String, String> before = fixture.files();
        List<String> wrong = new ArrayList<>();
        EXAMPLES.forEach((kind, sql) -> {
            SqlSandbox sandbox = SqlSandbox.open(fixture.lake);
            try {
                sandbox.run(sql, null).collectAsList();
                if (!ALLOWED.contains(kind)) wrong.add("allowed but should be refused: " + kind + ": " + sql);
            } catch (Vroeg.UserError refused) {
                if (refused.exitCode != 2) wrong.add("exit " + refused.exitCode + ": " + kind);
                if (ALLOWED.contains(kind)) wrong.add("refused but should run: " + kind + ": " + refused.getMessage());
            } catch (RuntimeException other) {
                wrong.add("not a clear refusal: " + kind + ": " + other);
            }
        });
        assertEquals(List.of(), wrong);
        assertEquals(before, fixture.files(), "nothing written");
    }

    /** The statement alternatives of Spark's and Delta's grammars, by name ({@code Delta.} for Delta's). */
    static Set<String> grammarKinds() {
        Set<String> kinds = new TreeSet<>();
        for (Class<?> c : SqlBaseParser.class.getDeclaredClasses()) {
            Class<?> parent = c.getSuperclass();
            if (parent == SqlBaseParser.StatementContext.class || parent == SqlBaseParser.SetResetStatementContext.class
                    || parent == SqlBaseParser.DmlStatementNoWithContext.class) {
                kinds.add(kind(c));
            }
        }
        kinds.remove("DmlStatement"); // a container: its kinds are the DmlStatementNoWith alternatives
        for (Class<?> c : DeltaSqlBaseParser.class.getDeclaredClasses()) {
            if (c.getSuperclass() == DeltaSqlBaseParser.StatementContext.class && c != DeltaSqlBaseParser.PassThroughContext.class) {
                kinds.add("Delta." + kind(c));
            }
        }
        assertTrue(kinds.size() > 100, "the grammars were read: " + kinds.size());
        return kinds;
    }

    private static String kind(Class<?> context) {
        return context.getSimpleName().replaceFirst("Context$", "");
    }

    /** The kinds a statement parses as: in Spark's grammar and, unless it passes through, in Delta's. */
    static Set<String> kindsOf(String sql) {
        Set<String> kinds = new TreeSet<>();
        DeltaSqlBaseParser delta = new DeltaSqlBaseParser(new CommonTokenStream(new DeltaSqlBaseLexer(upperCase(sql))));
        delta.removeErrorListeners();
        ParserRuleContext deltaStatement = delta.singleStatement().statement();
        if (deltaStatement != null && !(deltaStatement instanceof DeltaSqlBaseParser.PassThroughContext)) kinds.add("Delta." + kind(deltaStatement.getClass()));
        try {
            SqlBaseLexer lexer = new SqlBaseLexer(upperCase(sql));
            lexer.removeErrorListeners();
            SqlBaseParser spark = new SqlBaseParser(new CommonTokenStream(lexer));
            spark.removeErrorListeners();
            spark.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> r, Object symbol, int line, int column, String message, RecognitionException e) {
                    throw new IllegalArgumentException(message);
                }
            });
            ParseTree statement = firstRule(spark.singleStatement());
            if (statement instanceof SqlBaseParser.DmlStatementContext dml) statement = find(dml, SqlBaseParser.DmlStatementNoWithContext.class);
            if (statement != null) kinds.add(kind(statement.getClass()));
        } catch (IllegalArgumentException notSparkSql) {
            // a Delta-only statement
        }
        return kinds;
    }

    private static ParseTree firstRule(ParserRuleContext context) {
        for (int i = 0; i < context.getChildCount(); i++) {
            if (context.getChild(i) instanceof ParserRuleContext rule) return rule;
        }
        return null;
    }

    private static ParseTree find(ParseTree tree, Class<?> type) {
        if (type.isInstance(tree)) return tree;
        for (int i = 0; i < tree.getChildCount(); i++) {
            ParseTree found = find(tree.getChild(i), type);
            if (found != null) return found;
        }
        return null;
    }

    /** Both grammars match keywords in upper case (as Spark's and Delta's parsers feed them). */
    private static CharStream upperCase(String sql) {
        CharStream in = CharStreams.fromString(sql);
        return new CharStream() {
            public String getText(Interval interval) { return in.getText(interval); }
            public void consume() { in.consume(); }
            public int LA(int i) {
                int c = in.LA(i);
                return c <= 0 ? c : Character.toUpperCase(c);
            }
            public int mark() { return in.mark(); }
            public void release(int marker) { in.release(marker); }
            public int index() { return in.index(); }
            public void seek(int index) { in.seek(index); }
            public int size() { return in.size(); }
            public String getSourceName() { return in.getSourceName(); }
        };
    }
}

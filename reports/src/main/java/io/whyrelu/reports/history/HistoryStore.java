package io.whyrelu.reports.history;

import io.whyrelu.resultmodel.manifest.Git;
import io.whyrelu.resultmodel.manifest.Host;
import io.whyrelu.resultmodel.jmh.InvalidResultsException;
import io.whyrelu.resultmodel.jmh.JmhResult;
import io.whyrelu.resultmodel.json.Json;
import io.whyrelu.reports.run.RunData;
import io.whyrelu.reports.stats.Samples;
import io.whyrelu.reports.steady.SteadyStates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run history in any JDBC database: SQLite by default (a file beside the results, no server),
 * PostgreSQL for a team's shared history. Two tables, portable SQL, every value through bound
 * parameters (results files may come from someone else's pull request). A run's id is a hash of
 * its results, so adding the same run twice — as a directory or as its jmh.json, one after the
 * other or at the same time — records it once.
 */
public final class HistoryStore implements AutoCloseable {

    public static final String DEFAULT_URL = "jdbc:sqlite:results/history.db";

    /** One benchmark × params × JVM over the recorded runs, oldest first. */
    public record Series(String key, String benchmark, String mode, String params, String jvm, String machine, String unit,
            boolean higherIsBetter, List<Point> points) {}

    /** @param steadiness "steady", or why the result was not at steady state (Steadiness#label); null for runs recorded before it was kept */
    public record Point(String runId, String label, String startedAt, double score, double error, double[] samples, String steadiness) {

        /** Unknown counts as steady: old rows predate the check. */
        public boolean steady() {
            return steadiness == null || steadiness.equals("steady");
        }
    }

    private final Connection connection;
    private final String url;
    /** SQLite (else PostgreSQL): the two dialects differ in their substring function. */
    private final boolean sqlite;

    private HistoryStore(Connection connection, String url) throws SQLException {
        this.connection = connection;
        this.url = url;
        this.sqlite = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("sqlite");
    }

    /** A driver's message, with the database password taken out. */
    private String message(Exception e) {
        return Redaction.redact(e.getMessage(), url);
    }

    /** @throws InvalidResultsException when the database cannot be opened (the message says why) */
    public static HistoryStore open(String url) {
        try {
            if (url.startsWith("jdbc:sqlite:") && !url.contains(":memory:")) {
                Path file = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*", ""));
                if (file.getParent() != null) {
                    Files.createDirectories(file.toAbsolutePath().getParent());
                }
            }
            Connection c = DriverManager.getConnection(url);
            HistoryStore store = new HistoryStore(c, url);
            store.createSchema();
            return store;
        } catch (SQLException | java.io.IOException | RuntimeException e) {
            // Drivers also throw unchecked exceptions on URLs they cannot parse; their messages quote the URL too.
            throw new InvalidResultsException("cannot open history database " + redact(url) + ": " + Redaction.redact(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), url));
        }
    }

    private void createSchema() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS whyrelu_runs (run_id VARCHAR(64) PRIMARY KEY, label TEXT, started_at VARCHAR(40), "
                    + "git_commit VARCHAR(64), host TEXT, preset VARCHAR(32), status VARCHAR(32), added_at VARCHAR(40), machine TEXT)");
            s.execute("CREATE TABLE IF NOT EXISTS whyrelu_results (run_id VARCHAR(64) NOT NULL, bench_key TEXT NOT NULL, benchmark TEXT, "
                    + "mode VARCHAR(32), params TEXT, jvm TEXT, score DOUBLE PRECISION, score_error DOUBLE PRECISION, unit VARCHAR(32), "
                    + "samples TEXT, steadiness VARCHAR(64), PRIMARY KEY (run_id, bench_key))");
        }
        // Databases created before the steady-state check lack the column; their rows read as unknown.
        addColumn("whyrelu_results", "steadiness", "VARCHAR(64)", null);
        // Before machines keyed the series, runs knew only their host: that is their machine.
        addColumn("whyrelu_runs", "machine", "TEXT", "UPDATE whyrelu_runs SET machine = COALESCE(host, '" + Machine.UNKNOWN + "')");
        try (Statement s = connection.createStatement()) {
            // history check's window (machine, newest first) and show's per-series order read through these.
            s.execute("CREATE INDEX IF NOT EXISTS whyrelu_runs_machine ON whyrelu_runs (machine, started_at)");
            s.execute("CREATE INDEX IF NOT EXISTS whyrelu_results_key ON whyrelu_results (bench_key)");
        }
        recordSchemaVersion();
    }

    /**
     * The schema this store reads and writes. 1: runs and results; 2: steadiness per result and
     * machine per run (databases at 1 or without the table get both columns above, old runs their
     * host as machine). A database newer than this whyrelu is refused rather than misread.
     */
    public static final int SCHEMA_VERSION = 2;

    private void recordSchemaVersion() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS whyrelu_schema (version INTEGER NOT NULL)");
            int found = schemaVersion();
            if (found > SCHEMA_VERSION) {
                throw new SQLException("the database is at schema version " + found + ", newer than this whyrelu reads ("
                        + SCHEMA_VERSION + "); use a newer whyrelu");
            }
            if (found == 0) {
                s.execute("INSERT INTO whyrelu_schema (version) VALUES (" + SCHEMA_VERSION + ")");
            } else if (found < SCHEMA_VERSION) {
                s.execute("UPDATE whyrelu_schema SET version = " + SCHEMA_VERSION);
            }
        }
    }

    /** The schema version recorded in the database; 0 when none is. */
    public int schemaVersion() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(version) FROM whyrelu_schema")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Adds a column that databases created by earlier versions lack, then fills it with {@code fill} (if any). */
    private void addColumn(String table, String column, String type, String fill) throws SQLException {
        if (hasColumn(table, column)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE " + table + " ADD COLUMN " + column + " " + type);
            if (fill != null) {
                s.execute(fill);
            }
        } catch (SQLException e) {
            if (!hasColumn(table, column)) { // else another process added it first
                throw e;
            }
        }
    }

    private boolean hasColumn(String table, String column) throws SQLException {
        try (ResultSet rs = connection.getMetaData().getColumns(null, null, table, null)) {
            while (rs.next()) {
                if (rs.getString("COLUMN_NAME").equalsIgnoreCase(column)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Records a run; returns false when it was already recorded — by an earlier add, or by one
     * running at the same time (the primary key decides; the loser sees the winner's row).
     */
    public boolean add(RunData run) {
        return add(run, Machine.of(run.manifest()));
    }

    /** {@link #add(RunData)} under a machine name the user chose (a CI runner type, say). */
    public boolean add(RunData run, String machine) {
        String id = runId(run);
        try {
            if (exists(id)) {
                return false;
            }
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                var m = run.manifest();
                try (PreparedStatement ins = connection.prepareStatement("INSERT INTO whyrelu_runs "
                        + "(run_id, label, started_at, git_commit, host, preset, status, added_at, machine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ins.setString(1, id);
                    ins.setString(2, run.label());
                    ins.setString(3, m.map(j -> j.startedAt).orElse(null));
                    ins.setString(4, m.map(j -> j.git).map(Git::commit).orElse(null));
                    ins.setString(5, m.map(j -> j.host).map(Host::hostname).orElse(null));
                    ins.setString(6, m.map(j -> j.preset).orElse(null));
                    ins.setString(7, m.map(j -> j.status).orElse(null));
                    ins.setString(8, Instant.now().toString());
                    ins.setString(9, machine);
                    ins.executeUpdate();
                }
                try (PreparedStatement ins = connection.prepareStatement("INSERT INTO whyrelu_results "
                        + "(run_id, bench_key, benchmark, mode, params, jvm, score, score_error, unit, samples, steadiness) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    SteadyStates steadiness = run.steadyStates();
                    Map<String, JmhResult> unique = new LinkedHashMap<>();
                    run.results().forEach(r -> unique.put(r.key(), r));
                    for (JmhResult r : unique.values()) {
                        ins.setString(1, id);
                        ins.setString(2, r.key());
                        ins.setString(3, r.benchmark());
                        ins.setString(4, r.mode());
                        ins.setString(5, Json.MAPPER.writeValueAsString(new java.util.TreeMap<>(r.params())));
                        ins.setString(6, r.jvmLabel());
                        setDouble(ins, 7, r.primary().score());
                        setDouble(ins, 8, r.primary().scoreError());
                        ins.setString(9, r.primary().scoreUnit());
                        ins.setString(10, Json.MAPPER.writeValueAsString(Samples.of(r.primary())));
                        ins.setString(11, steadiness.assess(r).label());
                        ins.addBatch();
                    }
                    ins.executeBatch();
                }
                connection.commit();
            } catch (SQLException | java.io.IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
            return true;
        } catch (SQLException | java.io.IOException e) {
            if (existsQuietly(id)) {
                return false;
            }
            throw new InvalidResultsException("cannot record " + run.label() + ": " + message(e));
        }
    }

    private boolean exists(String id) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM whyrelu_runs WHERE run_id = ?")) {
            exists.setString(1, id);
            try (ResultSet rs = exists.executeQuery()) {
                return rs.next();
            }
        }
    }

    private boolean existsQuietly(String id) {
        try {
            return exists(id);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Every series — benchmark × mode × params × JVM × machine — whose benchmark, params, JVM or
     * machine contains {@code filter} (null: all), points oldest first.
     */
    public List<Series> series(String filter) {
        return series(filter, null, null);
    }

    /**
     * As {@link #series(String)}, narrowed to machines and JVMs whose names contain {@code machine}
     * and {@code jvm} (null: any).
     */
    public List<Series> series(String filter, String machine, String jvm) {
        // The filters run in the database (substring tests, case-sensitive in both dialects), so that
        // only the matching rows are read and parsed, not the whole history.
        List<String> conditions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String[] f : new String[][] {{filter, "x.bench_key || ' @ ' || r.machine"}, {machine, "r.machine"}, {jvm, "x.jvm"}}) {
            if (f[0] != null) {
                conditions.add(substring(f[1]));
                values.add(f[0]);
            }
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        String sql = "SELECT r.run_id, r.label, COALESCE(r.started_at, r.added_at) AS t, r.machine, x.bench_key, x.benchmark, x.mode, "
                + "x.params, x.jvm, x.score, x.score_error, x.unit, x.samples, x.steadiness FROM whyrelu_results x "
                + "JOIN whyrelu_runs r ON r.run_id = x.run_id" + where + " ORDER BY r.machine, x.bench_key, t, r.run_id";
        Map<String, List<Point>> points = new LinkedHashMap<>();
        Map<String, String[]> meta = new LinkedHashMap<>();
        try (PreparedStatement q = prepared(sql, values); ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String onMachine = rs.getString("machine");
                String key = rs.getString("bench_key") + " @ " + onMachine;
                meta.putIfAbsent(key, new String[] {rs.getString("benchmark"), rs.getString("mode"), rs.getString("params"), rs.getString("jvm"),
                        onMachine, rs.getString("unit")});
                double[] samples = Json.MAPPER.readValue(rs.getString("samples"), double[].class);
                points.computeIfAbsent(key, k -> new ArrayList<>()).add(new Point(rs.getString("run_id"), rs.getString("label"),
                        rs.getString("t"), getDouble(rs, "score"), getDouble(rs, "score_error"), samples, rs.getString("steadiness")));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new InvalidResultsException("cannot read the history: " + message(e));
        }
        List<Series> out = new ArrayList<>();
        points.forEach((key, list) -> {
            String[] m = meta.get(key);
            out.add(new Series(key, m[0], m[1], m[2], m[3], m[4], m[5], io.whyrelu.resultmodel.jmh.JmhUnits.higherIsBetter(m[5]), list));
        });
        return out;
    }

    private PreparedStatement prepared(String sql, List<String> values) throws SQLException {
        PreparedStatement q = connection.prepareStatement(sql);
        for (int i = 0; i < values.size(); i++) {
            q.setString(i + 1, values.get(i));
        }
        return q;
    }

    /** "column contains ?" in this database's SQL: instr in SQLite, strpos in PostgreSQL; both case-sensitive. */
    private String substring(String column) {
        return (sqlite ? "instr(" : "strpos(") + column + ", ?) > 0";
    }

    /**
     * The results of the last {@code runs} runs recorded for {@code machine} (by start time, leaving
     * out {@code excludeRunId}), one result per benchmark key in which each run is one fork: the
     * baseline that {@code history check} gates a new run against. Results that were not at steady
     * state are left out, as from change points.
     */
    public List<JmhResult> window(String machine, int runs, String excludeRunId) {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement q = connection.prepareStatement("SELECT run_id FROM whyrelu_runs WHERE machine = ? AND run_id <> ? "
                + "ORDER BY COALESCE(started_at, added_at) DESC, run_id DESC LIMIT ?")) {
            q.setString(1, machine);
            q.setString(2, excludeRunId);
            q.setInt(3, runs);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            Map<String, List<List<Double>>> forks = new LinkedHashMap<>();
            Map<String, String[]> meta = new LinkedHashMap<>();
            try (PreparedStatement r = connection.prepareStatement("SELECT bench_key, benchmark, mode, params, jvm, unit, samples, steadiness "
                    + "FROM whyrelu_results WHERE run_id IN (" + in + ") ORDER BY bench_key")) {
                for (int i = 0; i < ids.size(); i++) {
                    r.setString(i + 1, ids.get(i));
                }
                try (ResultSet rs = r.executeQuery()) {
                    while (rs.next()) {
                        String steadiness = rs.getString("steadiness");
                        if (steadiness != null && !steadiness.equals("steady")) {
                            continue;
                        }
                        String key = rs.getString("bench_key");
                        meta.putIfAbsent(key, new String[] {rs.getString("benchmark"), rs.getString("mode"), rs.getString("params"),
                                rs.getString("jvm"), rs.getString("unit")});
                        double[] samples = Json.MAPPER.readValue(rs.getString("samples"), double[].class);
                        forks.computeIfAbsent(key, k -> new ArrayList<>()).add(java.util.Arrays.stream(samples).boxed().toList());
                    }
                }
            }
            List<JmhResult> out = new ArrayList<>();
            for (var e : forks.entrySet()) {
                String[] m = meta.get(e.getKey());
                @SuppressWarnings("unchecked")
                Map<String, String> params = Json.MAPPER.readValue(m[2], Map.class);
                double score = e.getValue().stream().flatMap(List::stream).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                io.whyrelu.resultmodel.jmh.Metric metric = new io.whyrelu.resultmodel.jmh.Metric(score, Double.NaN, new double[] {Double.NaN, Double.NaN},
                        Map.of(), m[4], e.getValue(), List.of());
                // jdkVersion left empty so that jvmLabel() is the label stored with the result, and the keys match.
                out.add(new JmhResult(m[0], m[1], 1, e.getValue().size(), m[3], List.of(), "", "", "", "", 0, 0, params, metric, Map.of()));
            }
            return out;
        } catch (SQLException | java.io.IOException e) {
            throw new InvalidResultsException("cannot read the history: " + message(e));
        }
    }

    public int runCount() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM whyrelu_runs")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new InvalidResultsException("cannot read the history: " + message(e));
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to keep: the data was committed or rolled back
        }
    }

    public static String runId(RunData run) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // The results alone: a run directory and its own jmh.json are the same run. Every iteration counts, so two
            // runs whose summaries happen to agree are still two.
            for (JmhResult r : run.results()) {
                sha.update((r.key() + "=" + r.primary().score() + "±" + r.primary().scoreError() + " " + r.primary().rawData() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SQLite stores no NaN: non-finite values are NULL, and NULL reads back as NaN. */
    private static void setDouble(PreparedStatement ps, int index, double v) throws SQLException {
        if (Double.isFinite(v)) {
            ps.setDouble(index, v);
        } else {
            ps.setNull(index, java.sql.Types.DOUBLE);
        }
    }

    private static double getDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    /** The URL without its password, for messages. */
    public static String redact(String url) {
        return Redaction.url(url);
    }
}

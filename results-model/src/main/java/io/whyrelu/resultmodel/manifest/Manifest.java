package io.whyrelu.resultmodel.manifest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: what ran, where, with what, and whether it finished. Written when a run starts
 * (status "running") and rewritten when it ends or is interrupted; fields are documented in
 * docs/results.md.
 */
@JsonPropertyOrder({"schema", "tool", "git", "runId", "shard", "machine", "status", "incompleteReason", "startedAt", "finishedAt", "host", "jvms",
        "preset", "options", "seed", "plugins", "benchmarks", "files"})
public final class Manifest {

    public static final String SCHEMA = "whyrelu-manifest/1";
    public static final String FILE = "manifest.json";

    public String schema = SCHEMA;
    public Tool tool;
    /** Null outside a git repository. */
    public Git git;
    /** Names one logical run: the shards of a run split over machines or jobs share it ({@code run --run-id}). */
    public String runId;
    /** "2/3" for the second of three shards ({@code run --shard}); null for a whole run. */
    public String shard;
    /**
     * The machine as history keys its series: the label given with {@code run --machine}, else the
     * fingerprint of {@link #host} (CPU model, cores, memory, architecture, widest vector ISA).
     */
    public String machine;
    /** running, complete, or incomplete (see incompleteReason). */
    public String status = "running";
    public String incompleteReason;
    public String startedAt;
    public String finishedAt;
    public Host host;
    /** Each JVM as it described itself (version, species, FMA, providers), with the fork flags used. */
    public List<JvmEntry> jvms = new ArrayList<>();
    public String preset;
    public Map<String, Object> options = new LinkedHashMap<>();
    public long seed;
    /** The plug-in activations the run could use ({@code run --plugin}, or the class path); empty without. */
    public List<io.whyrelu.resultmodel.PluginEntry> plugins = new ArrayList<>();
    public Benchmarks benchmarks = new Benchmarks();
    public Map<String, Object> files = new LinkedHashMap<>();

    /** Counts, and each failure with its reason. */
    public static final class Benchmarks {
        public int planned;
        public int completed;
        public List<Map<String, String>> failed = new ArrayList<>();
    }
}

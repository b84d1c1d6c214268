package org.w3id.legkg.api;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.w3id.legkg.build.ProjectLayout;

/** All canned queries of a project, by name. */
public final class QueryCatalog {
    private final Map<String, CannedQuery> byName;

    private QueryCatalog(Map<String, CannedQuery> byName) {
        this.byName = byName;
    }

    public static QueryCatalog load(ProjectLayout project) {
        return load(project.queryFiles());
    }

    /** The *.rq files of one directory (a project's queries/ or a build's copy of it). */
    public static QueryCatalog load(Path dir) {
        try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(dir)) {
            return load(s.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot list canned queries in " + dir, e);
        }
    }

    private static QueryCatalog load(List<Path> files) {
        Map<String, CannedQuery> m = new TreeMap<>();
        for (Path f : files) {
            CannedQuery q = CannedQuery.load(f);
            m.put(q.name(), q);
        }
        return new QueryCatalog(m);
    }

    public Optional<CannedQuery> get(String name) { return Optional.ofNullable(byName.get(name)); }

    public List<CannedQuery> all() { return new ArrayList<>(byName.values()); }

    public List<String> names() { return new ArrayList<>(byName.keySet()); }
}

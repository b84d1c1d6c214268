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
        Map<String, CannedQuery> m = new TreeMap<>();
        for (Path f : project.queryFiles()) {
            CannedQuery q = CannedQuery.load(f);
            m.put(q.name(), q);
        }
        return new QueryCatalog(m);
    }

    public Optional<CannedQuery> get(String name) { return Optional.ofNullable(byName.get(name)); }

    public List<CannedQuery> all() { return new ArrayList<>(byName.values()); }

    public List<String> names() { return new ArrayList<>(byName.keySet()); }
}

package org.w3id.legkg.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A query file from queries/ with its grlc-style header: the leading {@code #+ } lines are YAML with
 * summary, description, tags and params. The query text itself is kept whole (the header lines are
 * SPARQL comments).
 */
public record CannedQuery(String name, Path file, String summary, String description, List<String> tags,
                          List<QueryParameter> parameters, String text, Query query) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]*");

    public static CannedQuery load(Path file) {
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return parse(name, file, text);
    }

    public static CannedQuery parse(String name, Path file, String text) {
        String where = file != null ? file.toString() : name;
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new QueryDefinitionException(where + ":" + e.getLine() + ":" + e.getColumn() + ": " + e.getMessage());
        }
        Map<String, Object> header = header(text, where);
        String summary = str(header.get("summary"));
        if (summary == null || summary.isBlank())
            throw new QueryDefinitionException(where + ": the #+ header needs a summary");
        List<String> tags = new ArrayList<>();
        if (header.get("tags") instanceof List<?> l) l.forEach(t -> tags.add(String.valueOf(t)));
        List<QueryParameter> params = new ArrayList<>();
        if (header.get("params") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m))
                    throw new QueryDefinitionException(where + ": each entry of params must be a map with name, type, ...");
                params.add(parameter(m, text, where));
            }
        } else if (header.containsKey("params")) {
            throw new QueryDefinitionException(where + ": params must be a list");
        }
        return new CannedQuery(name, file, summary.strip(), strOr(header.get("description"), summary).strip(),
                List.copyOf(tags), List.copyOf(params), text, query);
    }

    public QueryParameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static QueryParameter parameter(Map<?, ?> m, String text, String where) {
        String pname = str(m.get("name"));
        if (pname == null || !NAME.matcher(pname).matches())
            throw new QueryDefinitionException(where + ": parameter name '" + pname + "' must match " + NAME.pattern());
        String at = where + ": parameter '" + pname + "'";
        ParameterType type = ParameterType.parse(str(m.get("type")), at);
        ParameterType itemType = type == ParameterType.LIST ? ParameterType.parse(strOr(m.get("items"), "iri"), at) : null;
        boolean required = Boolean.parseBoolean(strOr(m.get("required"), "false"));
        String variable = str(m.get("variable"));
        if (variable == null) variable = findVariable(pname, text);
        if (variable == null || !Pattern.compile("[?$]" + Pattern.quote(variable) + "\\b").matcher(text).find())
            throw new QueryDefinitionException(at + " binds no variable: use ?_" + pname.replace('-', '_')
                    + "_iri (or _literal, _integer, _list; __ for optional) in the query, or set variable:");
        return new QueryParameter(pname, type, itemType, variable, required, str(m.get("default")),
                str(m.get("example")), strOr(m.get("description"), ""), str(m.get("class")));
    }

    /** grlc/BASIL naming: ?_name, ?_name_iri, ?__name_integer ... */
    private static String findVariable(String pname, String text) {
        String base = pname.replace('-', '_');
        Matcher mt = Pattern.compile("[?$](_{1,2}" + Pattern.quote(base) + "(?:_(?:iri|literal|integer|number|list|en))?)\\b").matcher(text);
        return mt.find() ? mt.group(1) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> header(String text, String where) {
        StringBuilder yaml = new StringBuilder();
        int lineNo = 0, firstHeaderLine = 0;
        for (String line : text.split("\n", -1)) {
            lineNo++;
            String t = line.stripLeading();
            if (t.startsWith("#+")) {
                if (firstHeaderLine == 0) firstHeaderLine = lineNo;
                String content = t.substring(2);
                yaml.append(content.startsWith(" ") ? content.substring(1) : content).append('\n');
            } else if (!t.isEmpty() && !t.startsWith("#")) {
                break;
            }
        }
        if (yaml.length() == 0) throw new QueryDefinitionException(where + ": no #+ header (summary, description, tags, params)");
        try {
            Object o = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
            if (!(o instanceof Map<?, ?> m))
                throw new QueryDefinitionException(where + ":" + firstHeaderLine + ": the #+ header must be a YAML map");
            return new LinkedHashMap<>((Map<String, Object>) m);
        } catch (YAMLException e) {
            throw new QueryDefinitionException(where + ": bad YAML in the #+ header (line " + firstHeaderLine + " on): " + e.getMessage());
        }
    }

    private static String str(Object o) { return o == null ? null : String.valueOf(o); }

    private static String strOr(Object o, String dflt) { return o == null ? dflt : String.valueOf(o); }
}

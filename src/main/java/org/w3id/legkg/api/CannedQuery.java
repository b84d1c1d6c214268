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
    /** grlc's keys that LegKG implements; {@code method} is accepted for grlc compatibility and must be GET. */
    private static final List<String> HEADER_KEYS = List.of("summary", "description", "tags", "params", "method");

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
        for (String key : header.keySet())
            if (!HEADER_KEYS.contains(key))
                throw new QueryDefinitionException(where + ": unknown key '" + key + "' in the #+ header (known: "
                        + String.join(", ", HEADER_KEYS) + ")");
        if (header.containsKey("method") && !"GET".equalsIgnoreCase(str(header.get("method"))))
            throw new QueryDefinitionException(where + ": method '" + header.get("method")
                    + "' is not supported: canned queries are read-only and answer GET (and HEAD)");
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
                QueryParameter qp = parameter(m, text, where);
                for (QueryParameter other : params)
                    if (other.name().equals(qp.name()) || other.variable().equals(qp.variable()))
                        throw new QueryDefinitionException(where + ": parameters '" + other.name() + "' and '" + qp.name()
                                + "' clash (same name or same variable ?" + qp.variable() + ")");
                params.add(qp);
            }
        } else if (header.containsKey("params")) {
            throw new QueryDefinitionException(where + ": params must be a list");
        }
        return new CannedQuery(name, file, summary.strip(), strOr(header.get("description"), summary).strip(),
                List.copyOf(tags), List.copyOf(params), text, query);
    }

    /** SELECT, CONSTRUCT, ASK or DESCRIBE. */
    public String form() {
        return query.isSelectType() ? "SELECT" : query.isConstructType() ? "CONSTRUCT" : query.isAskType() ? "ASK" : "DESCRIBE";
    }

    /** CONSTRUCT and DESCRIBE answer with a graph; SELECT and ASK with a result table. */
    public boolean returnsGraph() {
        return query.isConstructType() || query.isDescribeType();
    }

    /** The query text without its {@code #+} header lines, as people should read it. */
    public String sparql() {
        StringBuilder sb = new StringBuilder();
        boolean inHeader = true;
        for (String line : text.split("\n", -1)) {
            if (inHeader && line.stripLeading().startsWith("#+")) continue;
            inHeader = false;
            sb.append(line).append('\n');
        }
        return sb.toString().strip() + "\n";
    }

    public QueryParameter parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static QueryParameter parameter(Map<?, ?> m, String text, String where) {
        String pname = str(m.get("name"));
        if (pname == null || !NAME.matcher(pname).matches())
            throw new QueryDefinitionException(where + ": parameter name '" + pname + "' must match " + NAME.pattern());
        String at = where + ": parameter '" + pname + "'";
        for (Object key : m.keySet())
            if (!PARAM_KEYS.contains(String.valueOf(key)))
                throw new QueryDefinitionException(at + ": unknown key '" + key + "' (known: " + String.join(", ", PARAM_KEYS) + ")");
        ParameterType type = ParameterType.parse(str(m.get("type")), at);
        ParameterType itemType = type == ParameterType.LIST ? ParameterType.parse(strOr(m.get("items"), "iri"), at) : null;
        if (itemType == ParameterType.LIST) throw new QueryDefinitionException(at + ": a list of lists is not supported");
        boolean required = Boolean.parseBoolean(strOr(m.get("required"), "false"));
        String variable = str(m.get("variable"));
        if (variable == null) variable = findVariable(pname, text);
        boolean modifier = QueryParameter.LIMIT.equals(variable) || QueryParameter.OFFSET.equals(variable);
        if (modifier && type != ParameterType.INTEGER)
            throw new QueryDefinitionException(at + ": variable " + variable + " sets the query's " + variable + " and needs type integer");
        if (!modifier && (variable == null || !Pattern.compile("[?$]" + Pattern.quote(variable) + "\\b").matcher(text).find()))
            throw new QueryDefinitionException(at + " binds no variable: use ?_" + pname.replace('-', '_')
                    + "_iri (or _literal, _text, _integer, _list; __ for optional) in the query, or set variable: (LIMIT or OFFSET set the query's own)");
        if (type == ParameterType.LIST
                && !Pattern.compile("VALUES\\s+[?$]" + Pattern.quote(variable) + "\\s*\\{", Pattern.CASE_INSENSITIVE).matcher(text).find())
            throw new QueryDefinitionException(at + ": a list parameter needs a `VALUES ?" + variable + " {}` block in the query");
        List<String> classes = strings(m.get("class"), at + ": class");
        List<String> allowed = strings(m.get("enum"), at + ": enum");
        Long min = integer(m.get("min"), at + ": min"), max = integer(m.get("max"), at + ": max");
        String dflt = str(m.get("default"));
        if (required && dflt != null)
            throw new QueryDefinitionException(at + ": a required parameter cannot have a default");
        QueryParameter p = new QueryParameter(pname, type, itemType, variable, required, dflt,
                str(m.get("example")), strOr(m.get("description"), "").strip(), classes, min, max, allowed);
        if (!classes.isEmpty() && p.valueType() != ParameterType.IRI)
            throw new QueryDefinitionException(at + ": class applies to iri parameters only");
        if ((min != null || max != null) && p.valueType() != ParameterType.INTEGER)
            throw new QueryDefinitionException(at + ": min and max apply to integer parameters only");
        if (p.valueType() == ParameterType.INTEGER && p.type() != ParameterType.LIST)
            for (String v : java.util.Arrays.asList(dflt, p.example()))
                if (v != null && !v.strip().matches("[+-]?[0-9]{1,18}"))
                    throw new QueryDefinitionException(at + ": default and example must be integers, got '" + v + "'");
        if (!allowed.isEmpty() && p.valueType() != ParameterType.STRING)
            throw new QueryDefinitionException(at + ": enum applies to string parameters only");
        return p;
    }

    private static final List<String> PARAM_KEYS = List.of("name", "type", "items", "required", "default", "example",
            "description", "class", "variable", "min", "max", "enum");

    private static List<String> strings(Object o, String at) {
        if (o == null) return List.of();
        if (o instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        if (o instanceof Map<?, ?>) throw new QueryDefinitionException(at + " must be a value or a list of values");
        return List.of(String.valueOf(o));
    }

    private static Long integer(Object o, String at) {
        if (o == null) return null;
        if (o instanceof Number n) return n.longValue();
        try {
            return Long.parseLong(String.valueOf(o).strip());
        } catch (NumberFormatException e) {
            throw new QueryDefinitionException(at + " must be an integer, got '" + o + "'");
        }
    }

    /** grlc/BASIL naming: ?_name, ?_name_iri, ?__name_integer ... */
    private static String findVariable(String pname, String text) {
        String base = pname.replace('-', '_');
        Matcher mt = Pattern.compile("[?$](_{1,2}" + Pattern.quote(base) + "(?:_(?:iri|literal|text|integer|number|list|en))?)\\b").matcher(text);
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

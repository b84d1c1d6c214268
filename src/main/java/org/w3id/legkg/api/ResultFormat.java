package org.w3id.legkg.api;

import java.util.Locale;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** Result syntaxes for SELECT/ASK answers, with their media types and file suffixes. */
public enum ResultFormat {
    TABLE("text/plain", "txt", null),
    CSV("text/csv", "csv", ResultSetLang.RS_CSV),
    TSV("text/tab-separated-values", "tsv", ResultSetLang.RS_TSV),
    JSON("application/sparql-results+json", "json", ResultSetLang.RS_JSON),
    XML("application/sparql-results+xml", "xml", ResultSetLang.RS_XML);

    public final String mediaType;
    public final String suffix;
    public final Lang lang;

    ResultFormat(String mediaType, String suffix, Lang lang) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.lang = lang;
    }

    public static ResultFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException("format", "Unknown format '" + s + "' (expected table, csv, tsv, json or xml)");
        }
    }
}

package org.w3id.legkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns what a person types ("Pins and needles", "cramp*", "weak legs) OR 1=1") into a Lucene query over
 * the words alone. Only letters and digits survive, lower-cased, so no Lucene operator, field, wildcard,
 * quote or bracket from the input can reach the query parser: the input can change which labels match,
 * never the shape of the query.
 */
public final class SearchText {
    /** More words than any label has; longer inputs are cut so one request cannot build a huge query. */
    public static final int MAX_WORDS = 16;

    private SearchText() {}

    /** The words of the input, lower case, at most {@link #MAX_WORDS}. */
    public static List<String> words(String input) {
        List<String> words = new ArrayList<>();
        for (String w : input.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
            if (!w.isEmpty() && words.size() < MAX_WORDS) words.add(w);
        return words;
    }

    /**
     * Ranks the exact phrase highest, then labels with all the words, then labels with any of them; the
     * last word also matches as a prefix, so "tingl" finds "tingling" while someone is still typing.
     * Wrapped in parentheses because jena-text prefixes each searched field to the whole string.
     *
     * @return null when the input has no words
     */
    public static String luceneQuery(String input) {
        List<String> words = words(input);
        if (words.isEmpty()) return null;
        String joined = String.join(" ", words);
        StringBuilder q = new StringBuilder("(");
        if (words.size() > 1) {
            q.append('"').append(joined).append("\"^4 ");
            q.append("(+").append(String.join(" +", words)).append(")^2 ");
        }
        q.append(joined);
        String last = words.get(words.size() - 1);
        if (last.length() >= 3) q.append(' ').append(last).append('*');
        return q.append(')').toString();
    }
}

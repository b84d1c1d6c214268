package org.w3id.legkg.server.linkeddata;

import java.util.List;

/**
 * The records the page templates read. Public, because FreeMarker reads record components by reflection
 * and cannot call accessors of non-public classes. Strings are raw text; the templates escape them.
 */
public final class PageModel {
    private PageModel() {}

    /** A link: to a page on this server, to the ontology documentation, or to an external IRI. */
    public record Link(String href, String text, String iri, boolean external) {}

    /** One value in a table cell: a link or a literal (with language or datatype note), and whether only inference produced it. */
    public record Value(Link link, String literal, String note, boolean inferred) {}

    /** A property with its values; {@code more} counts values left out of a long list. */
    public record Relation(Link property, List<Value> values, int more) {}

    public record Match(String relation, Link target) {}

    /**
     * A claim: the statement, the article, the lines of the article file and the section heading that state it,
     * its basis (explicit, collective, implied, table co-location), qualifiers, body locations and the outside
     * authority it is attributed to.
     */
    public record Claim(Link claim, Link subject, Link predicate, Value object, List<Link> articles, List<Integer> lines,
                        List<String> sections, Link basis, List<Link> qualifiers, List<Link> bodyLocations,
                        List<Link> attributedTo) {}

    /** A representation of the page's resource, for links and {@code <link rel="alternate">}. */
    public record Format(String href, String label, String mediaType) {}

    /** An entry of the index page. */
    public record Item(Link link, List<String> synonyms) {}

    public record Section(String id, String title, List<Item> items) {}
}

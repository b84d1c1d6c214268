package org.w3id.legkg.publish;

import java.util.List;

/**
 * The view model of the ontology documentation page: plain records the template reads. Every string here
 * is raw text; the template escapes it.
 */
public final class DocModel {
    private DocModel() {}

    /** A link to a term: within the page ({@code #Anchor}) or to an external IRI. */
    public record Link(String href, String text, String title, boolean external) {}

    /**
     * One piece of a rendered axiom: a keyword ({@code some}, {@code and}), a term link, a literal, plain
     * punctuation, or a warning about something the renderer could not read.
     */
    public record Fragment(String kind, String text, String href, String title) {
        public static Fragment keyword(String text) { return new Fragment("kw", text, null, null); }
        public static Fragment punct(String text) { return new Fragment("punct", text, null, null); }
        public static Fragment literal(String text) { return new Fragment("lit", text, null, null); }
        public static Fragment warning(String text) { return new Fragment("warn", text, null, null); }
        public static Fragment term(Link l) { return new Fragment(l.external() ? "ext" : "term", l.text(), l.href(), l.title()); }
    }

    /** A class or property expression, or any other value, in Manchester-like text. */
    public record Expression(List<Fragment> fragments) {
        /** The expression as plain text, e.g. {@code nutrient deficiency and (acts through some neuropathy)}. */
        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Fragment f : fragments) sb.append(f.text());
            return sb.toString();
        }
    }

    /** One row of a term's axiom table: "Subclass of", "Domain", "Inverse of" ... with its values. */
    public record Axiom(String name, List<Expression> values) {}

    /** An external match ({@code skos:exactMatch} ...) shown as a link with its relation. */
    public record Match(String relation, Link target) {}

    /** One documented term. {@code anchor} is its fragment id on the page (the local name for terms of this ontology). */
    public record Term(String iri, String anchor, String kind, String label, String curie, boolean local,
                       boolean deprecated, List<String> definitions, List<String> synonyms, List<String> comments,
                       List<Match> matches, List<Axiom> axioms, List<Axiom> annotations) {}

    /** A node of a class or property hierarchy. */
    public record TreeNode(Link term, List<TreeNode> children) {}

    /** A group of terms of one kind, with its hierarchy when the kind has one. */
    public record Section(String id, String title, List<Term> terms, List<TreeNode> tree) {}

    public record Namespace(String prefix, String iri) {}

    public record Header(String iri, String versionIri, String versionInfo, String title, List<String> descriptions,
                         List<String> comments, List<Link> licenses, List<String> creators, List<String> contributors,
                         String created, String modified, String preferredPrefix, String namespace, List<Link> imports,
                         List<Axiom> otherAnnotations) {}

    /** A serialisation of the ontology offered for download. */
    public record Download(String href, String label, String mediaType) {}

    /** An axiom that belongs to no single term, such as {@code AllDisjointClasses}. */
    public record GeneralAxiom(String name, List<Expression> members) {}
}

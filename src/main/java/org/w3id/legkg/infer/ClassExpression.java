package org.w3id.legkg.infer;

import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;

/**
 * An OWL class expression read from the ontology's RDF. {@link #key()} is a structural key (no blank node
 * labels) so equal expressions share one auxiliary class and compilation is the same on every run.
 */
sealed interface ClassExpression {

    String key();

    /** A named property or the inverse of one. */
    record Role(Node property, boolean inverse) {
        String key() { return inverse ? "inverse(" + Names.shortForm(property) + ")" : Names.shortForm(property); }
    }

    record Named(Node iri) implements ClassExpression {
        public String key() { return Names.shortForm(iri); }
    }

    record Top() implements ClassExpression {
        public String key() { return "owl:Thing"; }
    }

    record Bottom() implements ClassExpression {
        public String key() { return "owl:Nothing"; }
    }

    record And(List<ClassExpression> operands) implements ClassExpression {
        public String key() { return "(" + join(operands, " and ") + ")"; }
    }

    record Or(List<ClassExpression> operands) implements ClassExpression {
        public String key() { return "(" + join(operands, " or ") + ")"; }
    }

    record Not(ClassExpression operand) implements ClassExpression {
        public String key() { return "not " + operand.key(); }
    }

    record Some(Role role, ClassExpression filler) implements ClassExpression {
        public String key() { return "(" + role.key() + " some " + filler.key() + ")"; }
    }

    record All(Role role, ClassExpression filler) implements ClassExpression {
        public String key() { return "(" + role.key() + " only " + filler.key() + ")"; }
    }

    record HasValue(Role role, Node value) implements ClassExpression {
        public String key() { return "(" + role.key() + " value " + Names.shortForm(value) + ")"; }
    }

    /** Operands sorted by key: intersection and union are commutative. */
    private static String join(List<ClassExpression> operands, String sep) {
        return operands.stream().map(ClassExpression::key).sorted().collect(Collectors.joining(sep));
    }
}

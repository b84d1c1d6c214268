package org.w3id.legkg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validate stage: SHACL over ontology + data together, so {@code sh:targetClass} reaches instances of
 * subclasses (Jena follows rdfs:subClassOf only inside the data graph).
 */
public final class ShapeValidator {
    private ShapeValidator() {}

    public static ValidationOutcome validate(Graph shapes, Graph ontology, Graph data) {
        Graph target = GraphFactory.createDefaultGraph();
        ontology.find().forEachRemaining(target::add);
        data.find().forEachRemaining(target::add);
        return validate(shapes, target);
    }

    public static ValidationOutcome validate(Graph shapesGraph, Graph dataGraph) {
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, dataGraph);
        return new ValidationOutcome(report, shapes.numShapes());
    }
}

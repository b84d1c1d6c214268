package org.w3id.legkg.infer;

import java.util.List;
import java.util.stream.Collectors;

import org.w3id.legkg.LegkgException;
import org.w3id.legkg.Namespaces;

/** Inferred deficiency → symptom links that no single article supports (see {@link SourceSoundness}). */
public final class UnsoundInferenceException extends LegkgException {
    private static final int SHOWN = 20;
    private final List<SourceSoundness.Link> links;

    public UnsoundInferenceException(List<SourceSoundness.Link> links) {
        super(links.size() + " inferred may-cause link(s) that no single article supports (neither a causes-symptom "
                + "claim nor claims for every step of the chain in one article):\n"
                + links.stream().limit(SHOWN).map(l -> "  - " + Namespaces.shortForm(l.deficiency()) + " lk:mayCause " + Namespaces.shortForm(l.symptom()))
                        .collect(Collectors.joining("\n"))
                + (links.size() > SHOWN ? "\n  - ... and " + (links.size() - SHOWN) + " more" : "")
                + "\nFix: a chain step stated for another deficiency belongs on that deficiency's contextual mechanism "
                + "(lkd:<Deficiency>-<Mechanism>); a step stated in another article needs the other steps from that article.");
        this.links = List.copyOf(links);
    }

    public List<SourceSoundness.Link> links() { return links; }

}

package org.w3id.legkg.store;

/** Told how far a load has got; tests use it to make a load fail part-way. */
@FunctionalInterface
public interface LoadListener {
    LoadListener NONE = quads -> {};

    void loaded(long quadsSoFar);
}

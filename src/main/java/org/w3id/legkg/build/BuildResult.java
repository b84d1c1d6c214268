package org.w3id.legkg.build;

import java.nio.file.Path;

import org.w3id.legkg.store.BuildManifest;

/** What {@code legkg build} did: built a new store, or found the current one up to date. */
public record BuildResult(boolean rebuilt, Path buildDir, BuildManifest manifest) {}

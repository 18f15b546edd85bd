package io.whyrelu.resultmodel.manifest;

/** The commit a run was made from, and whether the working tree had uncommitted changes. */
public record Git(String commit, boolean dirty) {}

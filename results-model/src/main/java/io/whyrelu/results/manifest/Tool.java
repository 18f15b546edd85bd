package io.whyrelu.results.manifest;

/** The program that wrote a file, and its version. */
public record Tool(String name, String version) {}

package io.whyrelu.resultmodel.manifest;

/** The program that wrote a file, and its version. */
public record Tool(String name, String version) {}

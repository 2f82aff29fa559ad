package dev.dockscope.cli;

public enum OutputFormat { text, json }

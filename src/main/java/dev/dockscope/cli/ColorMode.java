package dev.dockscope.cli;

public enum ColorMode { auto, always, never }

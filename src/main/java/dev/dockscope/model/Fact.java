package dev.dockscope.model;

/**
 * A finding an analysis states as a kind and the raw values it rests on (bytes, nanoseconds, names), not as words.
 * The sentence is made in render/ ({@code render/prose}); in JSON a fact is written as that same sentence, under
 * the field name the model gives it, so the documented text fields keep their shape.
 */
public interface Fact {
}

package io.spokes.core.policy;

import java.util.List;

/**
 * One part of a variant as a user names it: an {@link Architecture} of the hub system, a spoke's
 * {@link Policy}, or a policy written with its spoke and partners ({@link PolicyTerm}). {@link VariantSpec} parses text into these; the API and the CLI's help list them.
 */
public interface VariantTerm {
    /** The name a user writes, e.g. {@code lattice} or {@code alignment}. */
    String code();

    /** One line saying what the term changes. */
    String description();

    /** Whether the term is a spoke's policy, and so needs the spoke that adopts it. */
    boolean needsSpoke();

    /** The transform; {@code spoke} is ignored by architectures and required by policies. */
    ScenarioTransform transform(String spoke);

    /** The states the term names itself ({@link PolicyTerm}'s spoke and partners); none for a catalogue name. */
    default List<String> states() {
        return List.of();
    }
}

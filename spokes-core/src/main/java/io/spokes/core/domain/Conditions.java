package io.spokes.core.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The conditions under which one member's obligation applies (ATOP 5.1 member file, e.g. for
 * defense {@code defcoloc}, {@code defcoadv}, {@code defconpr}, {@code defconum}, {@code defcodem},
 * {@code defcocon}; Leeds 2022 codebook). Empty sets and false flags mean "no such condition".
 *
 * @param regions         location condition: the obligation applies only to crises in these regions ...
 * @param places          ... or whose theater is one of these states (e.g. "territories under the administration of Japan")
 * @param adversaries     specific-adversary condition: applies only against these states
 * @param nonProvocation  applies only if the protected member did not start the crisis
 * @param minAdversaries  applies only if the opposing side has at least this many states (0 = no condition)
 * @param onRequest       applies only at the protected member's request (recorded; a resisting target is taken to ask)
 * @param conflicts       conflict-specific condition: applies only to crises with these labels
 * @param conflictSpecific whether the conflict condition is set (then {@code conflicts} may be empty: no crisis qualifies)
 * @param note            the treaty text or coding the conditions come from
 */
public record Conditions(Set<Region> regions, Set<String> places, Set<String> adversaries, boolean nonProvocation,
                         int minAdversaries, boolean onRequest, Set<String> conflicts, boolean conflictSpecific, String note) {
    public static final Conditions NONE = new Conditions(Set.of(), Set.of(), Set.of(), false, 0, false, Set.of(), false, "");

    public Conditions {
        regions = regions == null || regions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(regions));
        places = Collections.unmodifiableSet(new LinkedHashSet<>(places == null ? Set.of() : places));
        adversaries = Collections.unmodifiableSet(new LinkedHashSet<>(adversaries == null ? Set.of() : adversaries));
        conflicts = Collections.unmodifiableSet(new LinkedHashSet<>(conflicts == null ? Set.of() : conflicts));
        note = note == null ? "" : note.strip();
        if (minAdversaries < 0) {
            throw new FieldException("min_adversaries", "min_adversaries must be 0 (no condition) or more, got " + minAdversaries);
        }
        conflictSpecific = conflictSpecific || !conflicts.isEmpty();
    }

    /** Whether the obligation is limited to a location. */
    public boolean located() {
        return !regions.isEmpty() || !places.isEmpty();
    }

    /** Whether any condition is set. */
    public boolean any() {
        return located() || !adversaries.isEmpty() || nonProvocation || minAdversaries > 0 || onRequest || conflictSpecific;
    }

    /**
     * Whether the obligation applies in a crisis as seen by the protected member.
     *
     * @param region          the crisis region
     * @param theater         the state whose territory is the theater (the target unless the crisis says otherwise)
     * @param adversary       the principal on the other side (the challenger when the protégé is the target)
     * @param protegeStarted  whether the protected member is the challenger
     * @param opposingStates  number of states on the other side (its principal and candidates)
     * @param crisisLabel     the crisis label, for conflict-specific obligations
     */
    public boolean appliesTo(Region region, String theater, String adversary, boolean protegeStarted, int opposingStates, String crisisLabel) {
        if (located() && !regions.contains(region) && !places.contains(theater)) {
            return false;
        }
        if (!adversaries.isEmpty() && !adversaries.contains(adversary)) {
            return false;
        }
        if (nonProvocation && protegeStarted) {
            return false;
        }
        if (opposingStates < minAdversaries) {
            return false;
        }
        return !conflictSpecific || conflicts.contains(crisisLabel);
    }
}

package io.spokes.data.scenario;

import io.spokes.core.domain.Conditions;
import io.spokes.core.domain.Region;
import io.spokes.data.atop.AtopConditions;
import io.spokes.data.atop.AtopMember;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * Maps the condition dummies ATOP 5.1 codes on a member's obligation to the {@link Conditions} the
 * model checks (docs/data.md, "ATOP conditions"). ATOP records that an obligation is limited to a
 * location or to an adversary, not which one, so two readings are made here:
 * <ul>
 *   <li>location ({@code defcoloc}, {@code offcoloc}) → the COW regions of every member of the treaty
 *       in effect in the year: the obligation covers the members' part of the world and no other;</li>
 *   <li>adversary ({@code defcoadv}, {@code offcoadv}) → the ongoing strategic rivals (Thompson,
 *       Sakuwa and Suhas 2021) of the members the obligation protects (every member but the one owing
 *       it), other than members of the treaty themselves.</li>
 * </ul>
 * The others are direct: {@code defconpr} → non_provocation, {@code *conum} → min_adversaries 2 (the
 * obligation applies against "more than one" adversary), {@code *codem} → on_request, {@code *cocon} →
 * conflict_specific with no conflict named, so that no crisis qualifies until one is named.
 *
 * @param year    the scenario year
 * @param members COW codes of every member of the treaty in effect in the year
 * @param rivals  ongoing strategic rivals of each state in the year
 * @param ids     the scenario id of a COW code (a state outside the scenario gets its own id)
 */
record TreatyConditions(int year, Set<Integer> members, Map<Integer, Set<Integer>> rivals, IntFunction<String> ids) {
    /** ATOP's "more than one adversary" (DEFCONUM/OFFCONUM) is at least two states on the other side. */
    static final int SEVERAL = 2;

    String id(int ccode) {
        return ids.apply(ccode);
    }

    Conditions of(AtopMember m, AtopConditions.Codes atop) {
        Set<Region> regions = EnumSet.noneOf(Region.class);
        if (atop.location()) {
            for (int c : members) {
                if (c <= 999) { // ATOP's 8152 (Annam) has no COW code, so no COW region
                    regions.add(Region.ofCowCode(c));
                }
            }
        }
        Set<String> adversaries = new LinkedHashSet<>();
        if (atop.adversary()) {
            Set<Integer> found = new TreeSet<>();
            for (int protege : members) {
                if (protege != m.member()) {
                    found.addAll(rivals.getOrDefault(protege, Set.of()));
                }
            }
            found.removeAll(members);
            found.forEach(c -> adversaries.add(id(c)));
        }
        return new Conditions(regions, Set.of(), adversaries, atop.nonProvocation(), atop.number() ? SEVERAL : 0, atop.demand(),
                Set.of(), atop.conflict(), note(m, atop, adversaries));
    }

    private String note(AtopMember m, AtopConditions.Codes atop, Set<String> adversaries) {
        StringBuilder b = new StringBuilder("ATOP 5.1 atop5_1m.csv line ").append(m.line()).append(": ")
                .append(String.join("=1, ", atop.columns())).append("=1");
        if (atop.location()) {
            b.append("; regions = the COW regions of the ").append(members.size()).append(" members in ").append(year)
                    .append(" (ATOP codes that a location is named, not which)");
        }
        if (atop.adversary()) {
            b.append("; adversaries = ongoing strategic rivals (Thompson, Sakuwa and Suhas 2021) in ").append(year)
                    .append(" of the protected members, not members themselves (ATOP codes that an adversary is named, not which)")
                    .append(adversaries.isEmpty() ? ": none, so no adversary condition" : "");
        }
        if (atop.conflict()) {
            b.append("; conflict-specific: no crisis qualifies until its label is listed under conflicts");
        }
        return b.toString();
    }
}

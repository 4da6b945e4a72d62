package io.spokes.data.atop;

import io.spokes.core.domain.FieldException;

import java.util.List;

/**
 * One row of ATOP's own state-year file ({@code atop5_1sy.csv}, codebook §2.5), or the same
 * quantities computed from the member file.
 *
 * @param state       COW country code
 * @param year        year of observation
 * @param obligations obligations the state owes anyone that year
 * @param number      number of alliances the state is a member of
 * @param transition  TRANSYR: some commitment starts or ends in the year
 * @param atopIds     the alliances, ascending
 */
public record AtopStateYear(int state, int year, Obligations obligations, int number, boolean transition, List<Integer> atopIds) {
    public AtopStateYear {
        atopIds = List.copyOf(atopIds);
        if (number != atopIds.size()) {
            throw new FieldException("number", "state " + state + " in " + year + ": number is " + number + " but "
                    + atopIds.size() + " atopids are listed");
        }
        if (number < 1) {
            throw new FieldException("atopIds", "state " + state + " in " + year + ": a state-year of ATOP has at least one alliance");
        }
    }
}

package io.spokes.data.atop;

import java.util.ArrayList;
import java.util.List;

/**
 * The conditions ATOP 5.1 codes on one member's defense and offense obligations (member file,
 * codebook §2.3: DEFCOLOC, DEFCOADV, DEFCONPR, DEFCONUM, DEFCODEM, DEFCOCON and the OFF* columns;
 * ATOP codes no non-provocation condition on offense). ATOP records that a condition exists, not its
 * content: which location, which adversary, which conflict.
 *
 * @param defense the defense obligation's conditions
 * @param offense the offense obligation's conditions
 */
public record AtopConditions(Codes defense, Codes offense) {
    public static final AtopConditions NONE = new AtopConditions(Codes.none("def"), Codes.none("off"));

    public AtopConditions {
        defense = defense == null ? Codes.none("def") : defense;
        offense = offense == null ? Codes.none("off") : offense;
    }

    /**
     * The condition dummies of one obligation.
     *
     * @param prefix         ATOP's column prefix, {@code def} or {@code off}, for provenance
     * @param location       {@code *coloc}: limited to a location
     * @param adversary      {@code *coadv}: limited to a specific adversary
     * @param nonProvocation {@code defconpr}: only if the ally did not provoke the attack
     * @param number         {@code *conum}: only if the adversaries are several
     * @param demand         {@code *codem}: only at the ally's demand
     * @param conflict       {@code *cocon}: limited to a specific conflict
     */
    public record Codes(String prefix, boolean location, boolean adversary, boolean nonProvocation, boolean number,
                        boolean demand, boolean conflict) {
        static Codes none(String prefix) {
            return new Codes(prefix, false, false, false, false, false, false);
        }

        public boolean any() {
            return location || adversary || nonProvocation || number || demand || conflict;
        }

        /** The columns coded 1, as ATOP names them ({@code defcoloc}, ...). */
        public List<String> columns() {
            List<String> out = new ArrayList<>();
            add(out, location, "coloc");
            add(out, adversary, "coadv");
            add(out, nonProvocation, "conpr");
            add(out, number, "conum");
            add(out, demand, "codem");
            add(out, conflict, "cocon");
            return out;
        }

        private void add(List<String> out, boolean set, String suffix) {
            if (set) {
                out.add(prefix + suffix);
            }
        }
    }
}

package io.spokes.cli;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.Membership;
import io.spokes.core.domain.Scenario;
import io.spokes.core.domain.State;
import io.spokes.core.domain.Treaty;
import io.spokes.core.network.AllianceNetwork;
import io.spokes.io.TerminalText;
import io.spokes.io.result.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code spokes validate}: checks a scenario file and prints what it contains. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file and print its states, treaties, hubs and crises.")
final class ValidateCommand implements Callable<Integer> {
    /** The widest line of the treaties table, members wrapped to fit. */
    static final int TERMINAL_WIDTH = 100;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Override
    public Integer call() {
        Scenario s = options.load();
        AllianceNetwork network = options.solving(() -> new AllianceNetwork(s));
        StringBuilder b = new StringBuilder();
        b.append(options.scenario).append(": valid scenario '").append(s.name()).append("' — ").append(s.title())
                .append(", year ").append(s.year()).append('\n');
        b.append(s.states().size()).append(" states, ").append(s.treaties().size()).append(" treaties (")
                .append(s.treaties().stream().filter(t -> t.inForceIn(s.year())).count()).append(" in force in ")
                .append(s.year()).append("), ").append(s.rivalries().size()).append(" rivalries, ")
                .append(network.ties().size()).append(" directed ties, ").append(s.crises().size()).append(" crises\n\n");
        TextTable states = new TextTable(List.of("state", "COW", "name", "capability", "nuclear"));
        for (State st : s.states()) {
            states.row(List.of(st.id(), Integer.toString(st.cowCode()), st.name(), String.format(java.util.Locale.ROOT, "%.6f", st.capability()),
                    st.nuclear() ? "yes" : "no"));
        }
        b.append(states.render()).append('\n');
        TextTable treaties = new TextTable(List.of("treaty", "ATOP", "in force", "iota", "members (obligations)"));
        for (Treaty t : s.treaties()) {
            treaties.row(List.of(t.id(), t.atopId() == null ? "-" : t.atopId().toString(), t.inForceIn(s.year()) ? "yes" : "no",
                    String.format(java.util.Locale.ROOT, "%.2f", t.iota()),
                    t.members().stream().map(ValidateCommand::member).collect(Collectors.joining(" "))));
        }
        // members wrap so that the table (separator included) fits a 100-column terminal: a multilateral
        // treaty's members are hundreds of characters on one line otherwise
        b.append(treaties.wrapLastColumn(TERMINAL_WIDTH).render()).append('\n');
        for (Map.Entry<String, List<String>> hub : network.hubs().entrySet()) {
            b.append("hub ").append(hub.getKey()).append(": spokes ").append(String.join(", ", hub.getValue())).append('\n');
        }
        for (Crisis c : s.crises()) {
            b.append("crisis: ").append(c.label()).append(" (").append(c.challenger()).append(" -> ").append(c.target()).append(")\n");
        }
        spec.commandLine().getOut().print(TerminalText.escapeKeepingLines(b.toString()));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** {@code GBR(defense)}; an obligation owed to named members only shows them: {@code GBR(defense->KOR)}. */
    private static String member(Membership m) {
        return m.state() + "(" + m.obligations().stream().map(o -> o.code()
                + (m.addressees().containsKey(o) ? "->" + String.join(",", m.addressees().get(o)) : ""))
                .collect(Collectors.joining("+")) + ")";
    }
}

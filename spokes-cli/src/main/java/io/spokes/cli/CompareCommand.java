package io.spokes.cli;

import io.spokes.core.domain.Crisis;
import io.spokes.core.domain.FieldException;
import io.spokes.core.domain.Scenario;
import io.spokes.core.policy.Architecture;
import io.spokes.core.policy.Policy;
import io.spokes.core.policy.ScenarioVariant;
import io.spokes.core.policy.Variant;
import io.spokes.core.policy.VariantSpec;
import io.spokes.core.study.Comparison;
import io.spokes.core.study.Measure;
import io.spokes.core.study.VariantOutcome;
import io.spokes.io.InputException;
import io.spokes.io.result.CrisisJson;
import io.spokes.io.result.TextTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import static io.spokes.io.result.TextTable.number;

/** {@code spokes compare}: every measure under several architectures, a spoke's policies or the scenario's own variants. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare architectures of the hub system, a spoke's policies, or the variants the scenario defines, against the baseline.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioOptions options;

    @Option(names = "--challenger", paramLabel = "ID", description = "Challenger (default: the scenario's crises of interest).")
    String challenger;

    @Option(names = "--target", paramLabel = "ID", description = "Target (with --challenger).")
    String target;

    @Option(names = "--architectures", split = ",", paramLabel = "A,B", completionCandidates = ArchitectureCodes.class,
            description = "Any of ${COMPLETION-CANDIDATES}.")
    List<String> architectures = new ArrayList<>();

    @Option(names = "--policies", split = ",", paramLabel = "P,Q", completionCandidates = PolicyCodes.class,
            description = "Any of ${COMPLETION-CANDIDATES} (needs --spoke); "
                    + "join with + to compose, e.g. alignment+collaboration. A policy written with its spoke needs no --spoke, "
                    + "e.g. alignment(KOR); collaboration may name its partners, e.g. collaboration(KOR; with=JPN+AUS).")
    List<String> policies = new ArrayList<>();

    @Option(names = "--spoke", paramLabel = "ID", description = "The spoke whose policies are compared.")
    String spoke;

    @Option(names = "--variants", split = ",", paramLabel = "NAME,NAME",
            description = "Variants defined in the scenario's variants: section, by name.")
    List<String> named = new ArrayList<>();

    @Mixin
    Output output;

    @Override
    public Integer call() throws Exception {
        Scenario scenario = options.load();
        List<Crisis> crises = crises(scenario);
        List<Variant> variants = variants(scenario);
        List<VariantOutcome> outcomes = options.solving(() -> new Comparison(scenario, options.seed).run(variants, crises));
        output.emit(() -> CrisisJson.write(CrisisJson.comparison(scenario.name(), outcomes, options.seed)),
                () -> table(outcomes), scenario.name(), outcomes, options.seed,
                spec.commandLine().getOut());
        return 0;
    }

    private List<Crisis> crises(Scenario scenario) {
        if (challenger != null || target != null) {
            if (challenger == null || target == null) {
                throw new InputException("command line", 0, 0, challenger == null ? "--challenger" : "--target",
                        "give both --challenger and --target, or neither to use the scenario's crises");
            }
            return List.of(CrisisCommand.crisis(scenario, challenger, target));
        }
        if (scenario.crises().isEmpty()) {
            throw new InputException(options.scenario.toString(), 0, 0, "crises",
                    "the scenario lists no crises; pass --challenger and --target");
        }
        return scenario.crises();
    }

    private List<Variant> variants(Scenario scenario) {
        List<Variant> variants = new ArrayList<>();
        variants.add(Variant.baseline());
        try {
            for (String a : architectures) {
                variants.add(VariantSpec.parse(a, VariantSpec.Kind.ARCHITECTURE).variant(scenario, null));
            }
            List<VariantSpec> specs = new ArrayList<>();
            for (String p : policies) {
                // "alignment+collaboration" composes policies in the order written
                specs.add(VariantSpec.parse(p, VariantSpec.Kind.POLICY));
            }
            // a policy written with its spoke, alignment(KOR), needs no --spoke
            if (specs.stream().anyMatch(VariantSpec::needsSpoke) && spoke == null) {
                throw new InputException("command line", 0, 0, "--spoke", "--policies needs --spoke ID (e.g. --spoke KOR), "
                        + "or each policy written with its spoke, e.g. alignment(KOR)");
            }
            if (spoke != null) {
                scenario.requireState(spoke);
            }
            for (VariantSpec p : specs) {
                variants.add(p.variant(scenario, spoke));
            }
        } catch (FieldException e) {
            if (e.field().equals("hub")) {
                throw options.error(e); // the scenario has no hub system: the file's fault, not an option's
            }
            String option = switch (e.field()) {
                case "architecture" -> "--architectures";
                case "policy" -> "--policies";
                default -> "--" + e.field();
            };
            throw new InputException("command line", 0, 0, option, e.getMessage());
        }
        for (String name : named) {
            try {
                variants.add(ScenarioVariant.named(scenario, name.trim()));
            } catch (FieldException e) {
                if (!e.field().equals("variants")) {
                    throw options.error(e); // the variant as the file defines it cannot be applied: the file's fault
                }
                throw new InputException("command line", 0, 0, "--variants", e.getMessage());
            }
        }
        return variants;
    }

    private String table(List<VariantOutcome> outcomes) {
        List<String> header = new ArrayList<>(List.of("variant", "crisis"));
        Measure.headlines().forEach(m -> header.add(m.code()));
        if (spoke != null) {
            header.add("entrapment(" + spoke + ")");
        }
        header.add(Measure.ANNUAL_COST.code());
        TextTable t = new TextTable(header);
        for (VariantOutcome v : outcomes) {
            List<String> row = new ArrayList<>(List.of(v.variant(), v.result().crisis().challenger() + "->" + v.result().crisis().target()));
            Measure.headlines().forEach(m -> row.add(number(v.headline(m))));
            if (spoke != null) {
                row.add(number(v.result().entrapment().getOrDefault(spoke, Double.NaN)));
            }
            row.add(number(v.annualCost()));
            t.row(row);
        }
        return t.render() + "Seed " + options.seed + ", spokes " + io.spokes.core.SpokesVersion.VERSION + ", model "
                + io.spokes.core.SpokesVersion.MODEL + "\n";
    }

    /** The architecture codes of the catalogue, for the option's help. */
    static final class ArchitectureCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Architecture.codes().iterator();
        }
    }

    /** The policy codes of the catalogue, for the option's help. */
    static final class PolicyCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Policy.codes().iterator();
        }
    }
}

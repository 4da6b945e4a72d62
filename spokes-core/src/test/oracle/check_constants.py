"""Reruns every oracle and checks that each long decimal constant of the tests it backs is one of
the values the oracle prints (relative difference below 1e-12). Model v2: the multi-candidate
reference solution is the independent oracle of src/test/oracle/v2, with its own checks.

Rerun: python3 spokes-core/src/test/oracle/check_constants.py   (exit code 1 if a constant is not reproduced)
"""

import contextlib
import io
import os
import re
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "java", "io", "spokes", "core", "crisis")
# test class -> (oracle script, tolerance)
BACKED = {
    "ClosedFormTest": ("closed_form.py", 1e-12),
    "SingleCandidateTest": ("single_candidate.py", 1e-12),
}
# a literal with at least 10 significant digits: too long to be a hand-derived input
LONG = re.compile(r"(?<![\w.])(\d+\.\d*[1-9]\d*)(?![\w.])")


def printed(script):
    out = io.StringIO()
    sys.path.insert(0, HERE)
    with contextlib.redirect_stdout(out):
        runpy.run_path(os.path.join(HERE, script), run_name="__main__")
    # signs dropped: the tests' comments write Phi(-z) with the sign outside the literal
    return [float(x) for x in re.findall(r"-?\d+\.\d+(?:e-?\d+)?", out.getvalue())]


def main():
    failures = 0
    for test, (script, tol) in BACKED.items():
        values = printed(script)
        with open(os.path.join(TESTS, test + ".java"), encoding="utf-8") as f:
            source = f.read()
        constants = sorted({c for c in LONG.findall(source) if len(c.replace(".", "").strip("0")) >= 10}, key=float)
        missing = [c for c in constants if not any(abs(float(c) - abs(v)) <= tol * max(1.0, abs(v)) for v in values)]
        print(f"{test}: {len(constants) - len(missing)} of {len(constants)} constants reproduced by {script}")
        for c in missing:
            print(f"  NOT REPRODUCED: {c}")
        failures += len(missing)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

"""Writes the differential programs 790-jump-sizes.py and 791-jump-values.py.

    /usr/bin/python3 tests/py/gen-jumps.py    (from the top of the tree)

Each condition shape (not/and/or, is None, chained comparisons, conditional
expressions, constants) is put in each context CPython 3.11 compiles with
compiler_jump_if (if, elif, while, assert, IfExp, comprehension `if`) or as a
value.  790 prints each function's co_code length in code units, found from
sys.getsizeof of four copies padded with 0-3 `pass` lines (one NOP each), so
the answer does not depend on co_code being exposed; 791 runs every shape on
several arguments and prints what it returns or raises.
"""
import os

CONDS = [
    "x", "not x", "not not x", "x is None", "x is not None", "not x is None",
    "not (x is None)", "None is x", "x == 1", "x != y", "not x == 1", "x < y < z",
    "not x < y < z", "x < y <= z < 3", "x and y", "x or y", "not (x and y)",
    "not (x or y)", "x and not y", "x or not y", "x and y and z", "x or y or z",
    "(x and y) or z", "x and (y or z)", "(x or y) and z", "x is None and y",
    "x is not None and y", "x is None or y is None", "x is not None or y is not None",
    "x and y is None", "not x and y is not None", "(y if x else z)", "(y if not x else z)",
    "(x is None if y else z is None)", "(y if x is None else z)", "x < y < z and x",
    "x or y < z < 3", "(x if y < z < 3 else y)", "x in (1, 2)", "x not in (1, 2)",
    "not x in (1, 2)", "x is y", "x is not y", "x == None", "x and y or z and x",
    "not (x and y or z)", "(x or y) and (y or z)", "-x", "x + 1", "True", "0", "None",
    "not 1", "''", "x is None is y", "(x or y) is None", "not (x < y) or z",
    "x is not None and y is not None and z is not None", "(not x) == y", "x in (1,) or None",
]
CONTEXTS = [
    ("if", "    if {c}:\n        return 1\n    return 2\n"),
    ("elif", "    if {c}:\n        return 1\n    elif not {c}:\n        return 3\n    else:\n        return 2\n"),
    ("ifend", "    if {c}:\n        x = 1\n    else:\n        x = 2\n"),
    ("while", "    n = 0\n    while {c}:\n        n += 1\n        if n > 2:\n            break\n    return n\n"),
    ("assert", "    assert {c}, 'no'\n"),
    ("ifexp", "    return 1 if {c} else 2\n"),
    ("comp", "    return [a for a in (x, y, z) if {c}]\n"),
    ("value", "    return {c}\n"),
]
ARGS = [(None, None, None), (0, 1, 2), (1, 2, 3), (1, 1, 0), (2, None, 1), (3, 2, 1), ("", 0, None)]


def sizes(out):
    out.append("import sys")
    out.append("")
    out.append("")
    out.append("def units(*codes):")
    out.append("    s = [sys.getsizeof(c) for c in codes]")
    out.append("    return [u for u in range(2000)")
    out.append("            if all((184 + 2 * (u + k) + 7) // 8 * 8 == n for k, n in enumerate(s))]")
    for ci, c in enumerate(CONDS):
        for xi, (cn, body) in enumerate(CONTEXTS):
            if cn == "while" and c in ("True", "not 0"):
                continue
            names = []
            for k in range(4):
                name = f"s{ci}_{xi}_{k}"
                names.append(name)
                out.append("")
                out.append("")
                out.append(f"def {name}(x, y, z):")
                out.extend(["    pass"] * k)
                out.append(body.format(c=c).rstrip("\n"))
            out.append("")
            out.append("")
            out.append(f"print({c!r}, {cn!r}, units(" +
                       ", ".join(n + ".__code__" for n in names) + "))")


def values(out):
    out.append(f"ARGS = {ARGS!r}")
    out.append("")
    out.append("")
    out.append("def run(f):")
    out.append("    r = []")
    out.append("    for a in ARGS:")
    out.append("        try:")
    out.append("            r.append(f(*a))")
    out.append("        except Exception as e:")
    out.append("            r.append(type(e).__name__)")
    out.append("    return r")
    for ci, c in enumerate(CONDS):
        for xi, (cn, body) in enumerate(CONTEXTS):
            name = f"v{ci}_{xi}"
            out.append("")
            out.append("")
            out.append(f"def {name}(x, y, z):")
            out.append(body.format(c=c).rstrip("\n"))
            out.append(f"print({c!r}, {cn!r}, run({name}))")


def write(path, doc, fill):
    out = [f'"""{doc}"""']
    fill(out)
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


here = os.path.dirname(os.path.abspath(__file__))
write(os.path.join(here, "790-jump-sizes.py"),
      "co_code length of conditions in every jump context (written by gen-jumps.py).", sizes)
write(os.path.join(here, "791-jump-values.py"),
      "What conditions in every jump context compute (written by gen-jumps.py).", values)

# tracemalloc charges an allocation to the line of the instruction that
# made it, not to the first line of its statement: a for loop's head makes
# the loop variable's int each time round, a while loop's test runs again
# at the bottom, a statement written over several lines allocates on each.
import tracemalloc


def by_line(snap):
    rows = []
    for st in snap.statistics("lineno"):
        frame = st.traceback[0]
        # by_line's own lines are left out: which free-listed tuple the
        # statistics reuse is _Py_hashtable order (tests/py/XFAIL's 966)
        if frame.filename.endswith("instruction-lines.py") and frame.lineno > 20:
            rows.append((frame.lineno, st.count, st.size))
    rows.sort()
    for row in rows:
        print(*row)
    print("--")


tracemalloc.start()
keep = []
for i in range(1000, 1050):
    keep.append(i)
by_line(tracemalloc.take_snapshot())

n = 0
chunks = []
while str(n * 1000) not in chunks:
    chunks.append(str(n * 1000 + 1))
    n += 1
    if n == 20:
        break
by_line(tracemalloc.take_snapshot())

table = [
    str(10**5),
    "a" * 40,
    [
        1.5 * n,
        2.5 * n,
    ],
    {"k": n * 2.0},
]
by_line(tracemalloc.take_snapshot())


def make(a,
         b=None):
    return (
        [a] * 3,
        str(a)
        + "x" * 50,
    )


pair = make(
    12345,
)
words = [w.upper()
         for w in "alpha beta gamma".split()]
by_line(tracemalloc.take_snapshot())
tracemalloc.stop()

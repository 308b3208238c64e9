# range values past int64 and edge slices: slicing, indexing, reversing and
# index/count on a range longer than a C long, as rangeobject.c computes
# them on int objects (heapviz refused slicing such a range before).
big = range(2**70)
for f in [lambda: len(big), lambda: big[-1], lambda: big[::2][5], lambda: big[::-1][0], lambda: list(big[:3]),
          lambda: list(reversed(big[:3])), lambda: big[2**69:][:2], lambda: range(10)[::-3], lambda: range(-5, 5)[-3:-20:-2],
          lambda: range(10)[slice(None, None, -1)], lambda: range(10)[True:], lambda: range(3)[1.0],
          lambda: range(5).index(True), lambda: range(2**64, 2**64 + 10).index(2**64 + 3), lambda: big.count(-1),
          lambda: range(10)[2**100:], lambda: range(10)[-2**100:2], lambda: range(0, 10, 3)[-1], lambda: len(range(10)[::4]),
          lambda: bool(range(0)), lambda: range(1, 10, 2) == range(1, 11, 2), lambda: hash(range(3)) if False else 0,
          lambda: range(5)[None:None], lambda: range(5)['a':], lambda: [x for x in reversed(range(2**63 - 2, 2**63 + 1))]]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

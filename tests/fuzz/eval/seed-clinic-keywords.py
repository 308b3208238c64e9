# bytes/round/pow/sum/min/max by keyword (args_unpack), bad combinations.
print(bytes(source="abc", encoding="ascii"), bytes("é", "utf-8"), bytes("é", encoding="latin-1"))
print(bytes(source=3), bytes(source=[1, 2]), bytes(source=b"xy"), bytes())
for args, kw in [((), {"encoding": "ascii"}), ((1,), {"encoding": "ascii"}), (("x",), {}),
                 ((), {"errors": "strict"}), (("é",), {"encoding": "ascii", "errors": "ignore"}),
                 (("é",), {"encoding": "ascii"}), ((b"x",), {"errors": "x"}), ((-1,), {}),
                 (([256],), {}), ((1.5,), {}), ((), {"source": 1, "foo": 2}), (("a", "b", "c", "d"), {})]:
    try:
        print(bytes(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)
print(round(number=2.675, ndigits=2), round(number=5), sum(iterable=[1, 2], start=3) if False else sum([1, 2], start=3))
for f in (lambda: round(ndigits=1), lambda: round(1, 2, 3), lambda: pow(2), lambda: pow(base=2, ex=3),
          lambda: sum(iterable=[1]), lambda: sum([1], 2, 3), lambda: round(2.5, None), lambda: round(25, -1)):
    try:
        print(f())
    except TypeError as e:
        print("TE", e)
print(min([3, 1], key=lambda x: -x), max([], default=7), min(1, 2, key=None))
for f in (lambda: min([], defaul=1), lambda: max(1, 2, default=3), lambda: min(), lambda: max([1], [2], key=len, foo=1)):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

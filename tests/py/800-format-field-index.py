# str.format's "{0[400]}": a digit string indexes a list, tuple or str
# through the sequence protocol without an int object, and anything else
# (a dict) with an exactly sized int made for the lookup.
import tracemalloc

def measure(label, fn):
    tracemalloc.reset_peak()
    before, _ = tracemalloc.get_traced_memory()
    result = fn()
    after, peak = tracemalloc.get_traced_memory()
    print(label, after - before, peak - before)
    return result

tracemalloc.start()
lst = list(range(500))
big = tuple(range(600))
text = "ab" * 200
table = {"k": 1, 400: "four hundred", "-1": "minus"}
for r in range(2):
    print(measure("list", lambda: "{0[400]}".format(lst)))
    print(measure("small", lambda: "{0[4]}".format(lst)))
    print(measure("tuple", lambda: "{0[555]}".format(big)))
    print(measure("str", lambda: "{0[301]}".format(text)))
    print(measure("dict int", lambda: "{0[400]}".format(table)))
    print(measure("dict str", lambda: "{0[k]}".format(table)))
    print(measure("not a number", lambda: "{0[-1]}".format(table)))
for args in [(lst,), (big,), (text,), (table,)]:
    try:
        "{0[999]}".format(*args)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)

# A builtin type's __dict__ reads as a mapping: keys(), values(), items(),
# get(), `in`, iteration, sorted(), dict() and copy() (a dict with the same
# entries), vars(); it refuses item assignment.
print(sorted(list.__dict__)[:6], sorted(vars(bool)))
print(list(list.__dict__.keys())[-5:], len(list.__dict__.values()), len(list.__dict__.items()))
print(list.__dict__.get("append"), list.__dict__.get("nope"), list.__dict__.get("nope", 5))
print("append" in list.__dict__, "nope" in list.__dict__, "real" in vars(int))
c = dict(list.__dict__)
print(len(c), type(c).__name__, list(c)[:3])
c2 = list.__dict__.copy()
print(len(c2), type(c2).__name__, c == c2, c2 == list.__dict__)
for k, v in vars(bool).items():
    print(k, type(v).__name__)
print([k for k in tuple.__dict__ if not k.startswith("_")])
print([type(v).__name__ for v in range.__dict__.values()][-5:])
print(dict.__dict__.keys() == set(dict.__dict__), len(set(str.__dict__) & set(bytes.__dict__)))
try:
    int.__dict__["x"] = 1
except TypeError as e:
    print(e)
try:
    int.__dict__["nope"]
except KeyError as e:
    print(repr(e))
try:
    del vars(int)["real"]
except TypeError as e:
    print(e)
print(str(vars(type(None)))[:30])

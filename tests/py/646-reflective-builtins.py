for f in [lambda: getattr(1, 2), lambda: hasattr(1, 2), lambda: setattr(1, 2, 3), lambda: delattr(1, 2), lambda: getattr(1,'x'), lambda: setattr(1,'x',2), lambda: delattr(1,'x'), lambda: format(1, 2), lambda: hash([]), lambda: setattr([], 'append', 1), lambda: delattr([], 'append')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
class C:
    k = 1
c = C()
setattr(c, "x", [1])
print(getattr(c, "x"), getattr(c, "k"), getattr(C, "k"), hasattr(c, "k"), hasattr(C, "x"), getattr(c, "nope", None))
delattr(c, "x")
print(hasattr(c, "x"), vars(c))
for f in (lambda: getattr(c, "nope"), lambda: delattr(c, "nope"), lambda: getattr(c), lambda: getattr(c, "a", 1, 2), lambda: hasattr(c), lambda: setattr(c, "a"), lambda: hash(), lambda: format(), lambda: ascii()):
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(c.__class__ is C, C.__class__, (1.5).__class__, [].__class__, {}.__class__.__name__, None.__class__, (lambda: 0).__class__)
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), ascii("\u20ac\n"), ascii(b"x"))

del x
del a, binstance with tuples of classes
vals = [1, 1.5, "s", b"b", None, True, [1], (1,), {1: 1}, {1}, frozenset({1}), range(3), object()]
for v in vals[:-1]:
    print(type(v).__{ame__, repr(v))
print(type(vals[-1]).__name__)
print(repr("it's"), repr('say "ŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠŠhi"'), repr("both ' and \""), repr("tab\tnew\nline\\"))
print(repr("\x00\x1f\x7f"), repr("caf\u00e9"), repr("\u20ac"), repr("\U0001F600"))
print(isinstance(1, int), 
de.\U0001F600!".
b = s.encode()
pr] lde
a,

# Names made at run time (getattr and setattr with built strings, not
# interned by the compiler) and classes made and dropped in a loop, each
# with the same method names: a lookup answers for the class and name it
# is asked about, never for an earlier class or string that lived at the
# same place.
class Box:
    pass
for i in range(40):
    name = "attr" + str(i % 7)
    setattr(Box, name, i)
    print(getattr(Box(), "attr" + str(i % 7)), end=" ")
    if i % 5 == 4:
        delattr(Box, name)
        print(hasattr(Box(), name), end=" ")
print()
results = []
for i in range(30):
    class K:
        base = i
        def m(self):
            return self.base * 2
    class L(K):
        def m(self):
            return super().m() + 1
    results.append((K().m(), L().m(), getattr(L(), "m")()))
    del K, L
print(results[:3], results[-1], len(results))
# a class dict key that is not interned, read through names interned only
# for the lookup (getattr), each dropped before the next one is made
class K:
    locals()["".join(["ab", "c"])] = 1
for i in range(6):
    print(getattr(K(), "".join(["ab", "c"]), None), getattr(K(), "".join(["xy", "z"]), None),
          getattr(K, "".join(["ab", "c"]), None), hasattr(K, "".join(["de", "f"])), end=" ")
print()

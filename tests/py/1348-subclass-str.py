# class Upper(str): the instance is not compact (unicode_subtype_new: the
# object, then its text in a block of its own), with a managed __dict__ and
# a weakref slot; operations and methods give exact strs; dict keys.
import sys, gc, tracemalloc
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
class Bare(str):
    __slots__ = ()
u = Upper("hello")
print(u, repr(u), len(u), u + "!", type(u + "!").__name__, u.lower(), type(u.lower()).__name__, u[1:3], u == "HELLO", "ELL" in u)
print(f"{u}", "%s" % u, str(u), type(str(u)).__name__, {u: 1}["HELLO"], {"HELLO": 2}[u], u.startswith("HE"), ",".join([u, u]))
print(type(u + "").__name__, type("" + u).__name__, "x".join(["a", u]), "HELLO".replace("L", Bare("l")), u.find(Bare("LL")))
print(sys.getsizeof(u), sys.getsizeof(Upper("é")), sys.getsizeof(Bare("ab")), sys.getsizeof(Bare("€")), gc.is_tracked(u))
u.lang = "en"
print(u.lang, vars(u), isinstance(u, str), type(u).__mro__)
tracemalloc.start()
xs = [Bare("x" * i) for i in range(10)]
print(tracemalloc.get_traced_memory())
del xs
print(tracemalloc.get_traced_memory()[0])
print(Bare(), repr(Bare(12)), Bare(b"ab", "ascii"), str.__new__(Bare, "q"), format(Bare("ab"), ">4"))

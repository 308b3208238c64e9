# A keyword-only parameter's default inside a class is stored under the
# mangled name (compiler_visit_kwonlydefaults' _Py_Mangle), as the
# parameter itself is named, so the default is found when the call leaves
# it out.
class C:
    def f(self, *, __x=1, y=2):
        return __x + y
    g = lambda self, *, __z=5, **kw: (__z, kw)
    def h(self, __p, *, __q=[3]):
        return __p, __q
print(C().f(), C().f(_C__x=10), C.f.__kwdefaults__, C.f.__code__.co_varnames)
print(C().g(), C().g(__z=1), C.g.__kwdefaults__)
print(C().h(0), C.h.__kwdefaults__)
try:
    C().f(__x=3)
except TypeError as e:
    print(e)

# code.co_flags as compute_code_flags makes them: CO_OPTIMIZED|CO_NEWLOCALS
# for every function block (def, lambda, comprehension), CO_VARARGS and
# CO_VARKEYWORDS for *args and **kwargs, CO_NESTED inside a function (a
# class in between included), CO_GENERATOR for yield and generator
# expressions; no CO_NOFREE in 3.11.
def f(a, *b, **c):
    def g():
        return a
    class K:
        def m(self):
            yield 1
    return g, K
g, K = f(1)
print(f.__code__.co_flags, g.__code__.co_flags, K.m.__code__.co_flags)
print((lambda: 0).__code__.co_flags, (lambda *, k: 0).__code__.co_flags, (lambda **k: 0).__code__.co_flags)
print((x for x in 'a').gi_code.co_flags, [lambda: 0 for _ in 'a'][0].__code__.co_flags)
print(f.__code__.co_flags & 4 != 0, bool(g.__code__.co_flags & 16))

# A function made inside a comprehension is named after it without
# ".<locals>": compiler_set_qualname adds ".<locals>" only under a def or a
# lambda, so a comprehension (like a class) adds just "." (found by gen.py's
# lambdas feature: the repr of [lambda x, i=i: x + i for i in range(3)]).
print([lambda: 0 for _ in 'a'][0].__qualname__)
print([[lambda: 0 for _ in 'a'] for _ in 'b'][0][0].__qualname__)
print({k: lambda: k for k in 'a'}['a'].__qualname__, {(lambda: 0) for k in 'a'}.pop().__qualname__)
print(next(lambda: 0 for _ in 'a').__qualname__, (lambda: lambda: 0)().__qualname__)
def h():
    return [lambda: 0 for _ in 'a'][0], (lambda: [lambda: 0 for _ in 'a'])()[0]
print([f.__qualname__ for f in h()], [f.__code__.co_qualname for f in h()])
class C:
    fs = [lambda: 0 for _ in 'a']
    def g(self):
        return [[y for y in (lambda: 0,)] for _ in 'a']
print(C.fs[0].__qualname__, C().g()[0][0].__qualname__)
print(repr([lambda: 0 for _ in 'a'][0]).split(' at ')[0])

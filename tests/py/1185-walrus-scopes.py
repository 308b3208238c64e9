# Where an assignment expression's target is bound: the enclosing
# function (through nested comprehensions and generator expressions), the
# module (a global: the module's own code reads it with LOAD_GLOBAL), a
# function's declared global, a lambda's own local; a class body binds
# its own name outside comprehensions.
print([y := v * 2 for v in range(4)], y)
def nested():
    return [[(z := a * b) for b in range(2)] for a in range(3)], z
print(nested())
data = [1, 5, 3]
print(any((w := x) > 2 for x in data), w)
stats = {k: (last := k * k) for k in range(4)}
print(stats, last)
def declared():
    global g
    [g := 7 for _ in range(1)]
declared()
print(g)
def closure():
    [c := 1 for _ in 'a']
    return lambda: c
print(closure()())
lam = lambda: (t := 5) + t
print(lam())
class A:
    x = (cls_y := 1)
print(A.x, A.cls_y)
class B:
    def m(self):
        [(__p := 1) for _ in 'a']
        return __p
print(B().m())
def outer():
    def f():
        return [[(q := a) for a in range(2)] for b in range(2)], q
    return f()
print(outer())
print({(key := 1): 2, (key2 := 3): key}, key2)
print(f"{(fw := 3)} {fw}", [a := 1, 2], a)
def gen():
    while (x := (yield)) is not None:
        print('got', x)
it = gen()
next(it)
it.send(1)
print([(lambda: (lam_y := 1))() for _ in range(1)])
print(lam_y)

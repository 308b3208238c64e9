# Defaults, keyword-only arguments and annotations.
import gc
def f(a, b=1, *, c=2.5, d=(1, 2)):
    return a + b
def g(x: int, y: str = 'y') -> str:
    return y * x
def h(*args, key=None, **kw):
    return key
r = f(1, d=(3, 4))
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

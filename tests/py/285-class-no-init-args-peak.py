# A class with neither __init__ nor __new__ called with arguments:
# object_new refuses them before anything is allocated.
import tracemalloc

class C:
    pass

class S:
    __slots__ = ("a",)

class Base:
    def __init__(self, *a, **k):
        self.a = a

class Sub(Base):
    pass

def attempt(f):
    try:
        f()
        return "ok"
    except TypeError as e:
        return str(e)

calls = [
    lambda: C(1),
    lambda: C(x=1),
    lambda: C(1, 2, y=3),
    lambda: C(*[1]),
    lambda: C(**{"k": 2}),
    lambda: S(1),
    lambda: Sub(1, k=2),
    lambda: C(*(), **{}),
]
for f in calls:
    print(attempt(f))

tracemalloc.start()
for f in calls:
    peaks = []
    for i in range(3):
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        attempt(f)
        peaks.append(tracemalloc.get_traced_memory()[1] - before)
    print(peaks)

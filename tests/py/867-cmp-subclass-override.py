# A subclass overriding one comparison: a subclass instance on the right
# gets its reflected method first; whatever it does not define is found
# along the mro (the base's function, or object's slot wrapper, called
# through its tp_call).
import gc
import tracemalloc


class Base:
    def __init__(self, k):
        self.k = k

    def __lt__(self, other):
        return self.k < other.k

    def __eq__(self, other):
        return self.k == other.k


class Sub(Base):
    def __gt__(self, other):
        return self.k > other.k


x, y, z = Base(1), Sub(2), Sub(3)
cases = [("b<s", lambda: x < y), ("b>s", lambda: x > y), ("s<b", lambda: y < x),
         ("s>b", lambda: y > x), ("s<=b", lambda: y <= x), ("b!=s", lambda: x != y),
         ("s>=s", lambda: y >= z)]
for name, f in cases:
    gc.collect()
    tracemalloc.start()
    try:
        r = f()
    except TypeError as e:
        r = str(e)
    cur, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(name, r, cur, peak)

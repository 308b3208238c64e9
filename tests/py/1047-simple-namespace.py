# types.SimpleNamespace (type(sys.implementation)): made from keywords
# (its dict made after the object, the call's keyword dict merged into
# it), attributes set, read and deleted in its dict, repr in the dict's
# order ("namespace(...)" inside itself), == by the dicts, unhashable, a
# cycle through itself collected; traced sizes and the collector's counts.
import sys, gc, tracemalloc
S = type(sys.implementation)
gc.disable()
tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
p = S(x=1, y=[2, 3])
print(p, sys.getsizeof(p), sys.getsizeof(p.__dict__), tracemalloc.get_traced_memory()[0] - base, gc.get_count())
p.z = 'zed'
del p.x
print(p, vars(p) is p.__dict__, p.__dict__, p.y is p.__dict__['y'], p.__class__ is S)
for bad in ('del p.q', 'p.q', 'S(1)', 'hash(p)', 'p < p', 'p.__dict__ = {}'):
    try:
        {'del p.q': lambda: delattr(p, 'q'), 'p.q': lambda: p.q, 'S(1)': lambda: S(1),
         'hash(p)': lambda: hash(p), 'p < p': lambda: p < p,
         'p.__dict__ = {}': lambda: setattr(p, '__dict__', {})}[bad]()
    except (AttributeError, TypeError) as e:
        print(bad, type(e).__name__, e)
q = S(y=[2, 3], z='zed')
print(p == q, p != q, p == S(), S() == S(), p == {'y': [2, 3], 'z': 'zed'})
p.me = p
print(p, gc.is_tracked(p), sys.getrefcount(p))
print(S(a=S(b=S())), S(**{'k': 1}, m=2), gc.get_referents(q))
tracemalloc.reset_peak()
mark = tracemalloc.get_traced_memory()[0]
r = repr(S(a=1, b='two', c=[3]))
print(r, tracemalloc.get_traced_memory()[0] - mark, tracemalloc.get_traced_memory()[1] - mark)
del p, q
print(gc.collect(), tracemalloc.get_traced_memory()[0] - base)

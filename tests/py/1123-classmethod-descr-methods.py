# A method called on a classmethod_descriptor (dict.fromkeys from the type's
# dict) is found by _PyObject_GetMethod unbound, as on every built-in
# descriptor: no bound method-wrapper is made for the call, so the peak is
# the call's own.
import tracemalloc
fb = int.__dict__['from_bytes']
fk = dict.__dict__['fromkeys']
tracemalloc.start()
for d in (fb, fk, fb):
    tracemalloc.reset_peak()
    n = d.__sizeof__()
    print(n, tracemalloc.get_traced_memory())
    tracemalloc.reset_peak()
    b = d.__get__(None, dict if d is fk else int)
    print(b.__name__, tracemalloc.get_traced_memory())
    del b

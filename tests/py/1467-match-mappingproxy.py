# A mapping pattern on a mappingproxy (a class's __dict__): MATCH_KEYS finds
# the proxy's get through _PyObject_GetMethod with the name _Py_ID(get) and
# calls it per key (heapviz looked the method up under a str its builtin
# tables do not hold and refused "mappingproxy.get"); the allocations it
# makes (the seen set, the dummy object, the values tuple) under tracemalloc.
import tracemalloc


class A:
    x = 1
    y = [2]


def keys_of(ns):
    match ns:
        case {"x": 1, "z": z}:
            return "z", z
        case {"x": x, "y": [y]}:
            return x, y
    return None


print(keys_of(A.__dict__), keys_of(vars(A)))
tracemalloc.start()
before = tracemalloc.get_traced_memory()[0]
tracemalloc.reset_peak()
result = keys_of(A.__dict__)
current, peak = tracemalloc.get_traced_memory()
tracemalloc.stop()
print(result, current - before, peak - before)

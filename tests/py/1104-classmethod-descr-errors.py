# A class method descriptor's errors (classmethoddescr_call, classmethod_get)
# are made by PyErr_Format's writer: its d_name by %V and the types cut at
# 100 characters, with the writer's buffer in the peak.
import tracemalloc
fk = dict.__dict__['fromkeys']
tracemalloc.start()
for args in ((), (5,), (int,), ("x" * 150,)):
    tracemalloc.reset_peak()
    try:
        fk(*args)
    except TypeError as e:
        print(e, tracemalloc.get_traced_memory())
for cls in (5, int, "s"):
    try:
        fk.__get__(None, cls)
    except TypeError as e:
        print(e)
print(fk.__get__(None, dict)(["a"]), fk.__get__({})("b"))

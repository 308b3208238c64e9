# ImportError called with **kwargs (CALL_FUNCTION_EX hands type_call its tuple
# and dict): ImportError_init reads name and path from the dict as
# PyArg_ParseTupleAndKeywords does (the count first, each name looked up as
# a str made and freed while keywords are left, then the first other one)
# instead of BaseException_init's "takes no keyword arguments".
import tracemalloc
tracemalloc.start()
class S(str):
    pass
args = ("msg", "extra")
for label, a, kw in [('name', (), {"name": "mod"}), ('both', args, {"name": "m", "path": "/p"}), ('bad', ("x",), {"zz": 1}),
                     ('three', (), {"name": 1, "path": 2, "x": 3}), ('sub', (), {S("name"): "s"})]:
    for k in range(2):
        tracemalloc.reset_peak()
        c0 = tracemalloc.get_traced_memory()[0]
        try:
            e = ImportError(*a, **kw)
            m = (e.args, e.name, e.path, e.msg)
            del e
        except TypeError as x:
            m = str(x)
        c1, p1 = tracemalloc.get_traced_memory()
    print(label, c1 - c0, p1 - c0, m)
e = ModuleNotFoundError(*args, **{"name": "q"})
print(e.name, e.args, e.msg, type(e).__name__)
try:
    ImportError(**{"zz": 1})
except TypeError as x:
    print(x)
e = ImportError("m", **{"name": "x"})
print(e.name)
k = {"path": "q"}
print(ImportError(**k).path)

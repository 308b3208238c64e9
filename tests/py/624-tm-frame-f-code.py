# A tracemalloc.py frame reached from a traceback (tb_frame, f_back) has
# its function's code object as f_code: co_name, co_qualname,
# co_filename, co_firstlineno, the argument counts, co_varnames (a new
# tuple each read, as _PyCode_GetVarnames makes it), and sys.getsizeof
# from its code units; f_locals reads the frame's slots by those names.
# The code objects exist since the import: reading f_code allocates nothing.
import sys
import tracemalloc
tracemalloc.start()
keep = [str(i) * 100 for i in range(3)]
snap = tracemalloc.take_snapshot()
tb = snap.statistics('lineno')[0].traceback
try:
    tb.format(limit='x')
except TypeError as e:
    f = e.__traceback__.tb_next.tb_frame
    a = tracemalloc.get_traced_memory()[0]
    c = f.f_code
    print(f.f_lineno, type(f).__name__, tracemalloc.get_traced_memory()[0] - a)
    print(c.co_name, c.co_filename, c.co_firstlineno, c.co_argcount, c.co_qualname, tracemalloc.get_traced_memory()[0] - a)
    print(c.co_varnames, c.co_nlocals, c.co_posonlyargcount, c.co_kwonlyargcount, tracemalloc.get_traced_memory()[0] - a)
    print(sorted(f.f_locals), sys.getsizeof(c), c is f.f_code, tracemalloc.get_traced_memory()[0] - a)
    print(c.co_cellvars, c.co_freevars, tracemalloc.get_traced_memory()[0] - a)
for key in ('lineno', 'nope'):
    try:
        snap.statistics(key, cumulative=True)
    except ValueError as e:
        t = e.__traceback__.tb_next
        while t:
            c = t.tb_frame.f_code
            print(t.tb_lineno, c.co_qualname, c.co_firstlineno, c.co_varnames[:3], t.tb_frame.f_back.f_code.co_name)
            t = t.tb_next
        del e, t
try:
    tb[5]
except IndexError as e:
    fr = e.__traceback__.tb_next.tb_frame
    print(fr.f_code.co_qualname, fr.f_code is tracemalloc.Traceback.__getitem__.__code__ if 0 else None, fr.f_locals['index'])
print(tracemalloc.get_traced_memory()[0] - a)

# A name the module lacks: import_from's ImportError with python3's text
# ("unknown location" for the built-in sys and gc, tracemalloc.py's path
# for tracemalloc), its msg, name, path and args; what the failed lookup
# and the error allocate.
import sys, tracemalloc
tracemalloc.start()
for mod in ('sys', 'gc', 'tracemalloc'):
    tracemalloc.reset_peak()
    try:
        if mod == 'sys':
            from sys import nope
        elif mod == 'gc':
            from gc import collect, nope2
        else:
            from tracemalloc import nope3
    except ImportError as e:
        print(tracemalloc.get_traced_memory())
        print(e)
        print(e.msg, e.name, e.path, e.args, type(e).__name__, sys.getrefcount(e))
print('collect' in globals())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        from sys import nope4
except ImportError as e:
    print(repr(e), repr(e.__context__))

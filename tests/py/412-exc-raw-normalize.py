# Exceptions raised by C code stay raw (type, value) until a handler
# normalizes them: the instance (and a str message's args tuple) is made at
# the handler's line, not where the error was raised.  AttributeError and
# NameError are normalized where they are raised; so is any error raised
# while another is being handled (it needs its __context__).
import tracemalloc

def key(d):
    return d['zz']

def zero(x):
    return 1 // x

def tindex(t):
    return t[5]

def builtin_len(x):
    return len(x)

def attr(o):
    return o.nosuch

def name():
    return undefined_name

def conv(s):
    return int(s)

def during():
    try:
        {}['a']
    except KeyError:
        return 1 // 0

def deeper(d):
    return key(d)

def run(fn, arg):
    s0 = tracemalloc.take_snapshot()
    try:
        fn(arg) if arg is not None else fn()
    except Exception as e:
        s1 = tracemalloc.take_snapshot()
        kind = type(e).__name__
    return fn.__name__, kind, s0, s1

tracemalloc.start()
taken = [run(fn, arg) for fn, arg in
         [(key, {}), (zero, 0), (tindex, ()), (builtin_len, 5), (attr, 1), (name, None),
          (conv, 'abc'), (during, None), (deeper, {}), (tindex, [1]), (key, {1: 2})]]
tracemalloc.stop()
# compared only now: compare_to's own garbage would change what the next
# case finds on the free lists (its order follows addresses)
for fname, kind, s0, s1 in taken:
    lines = []
    for st in s1.compare_to(s0, 'lineno'):
        if st.size_diff and st.traceback[0].filename == __file__:
            lines.append((st.traceback[0].lineno, st.size_diff, st.count_diff))
    print(fname, kind, sorted(lines))

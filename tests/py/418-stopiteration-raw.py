# StopIteration from next() and gen.send() stays raw (PyErr_SetNone,
# _PyGen_SetStopIterationValue): the instance, and a returned value's args
# tuple, are made at the caller's handler line, not where next() ran out.
import tracemalloc
def g():
    yield 1
def g2():
    yield 1
    return 'done'
def nxt(it):
    return next(it)
def snd(it):
    return it.send(None)
def run(fn, mk):
    it = mk()
    next(it, None)
    s0 = tracemalloc.take_snapshot()
    try:
        fn(it)
    except StopIteration as e:
        s1 = tracemalloc.take_snapshot()
        val = e.value
    return fn.__name__, val, s0, s1
tracemalloc.start()
taken = [run(nxt, g), run(nxt, lambda: iter([1])), run(snd, g), run(snd, g2), run(nxt, g2)]
tracemalloc.stop()
for name, val, s0, s1 in taken:
    lines = sorted((st.traceback[0].lineno, st.size_diff, st.count_diff) for st in s1.compare_to(s0, 'lineno')
                   if st.size_diff and st.traceback[0].filename == __file__)
    print(name, val, lines)

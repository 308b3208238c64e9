# gen.close() throws GeneratorExit in raw: never started or suspended outside a
# try, the frame unwinds with a traceback and a frame object (freed when close
# clears the exception); inside a try the handler makes the instance.
import tracemalloc

def peak(fn):
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    fn()
    cur, pk = tracemalloc.get_traced_memory()
    return cur - before, pk - before

def gen():
    x = 1
    yield x
    yield x + 1

def guarded():
    try:
        yield 1
    finally:
        pass

def close_unstarted():
    g = gen()
    g.close()

def close_suspended():
    g = gen()
    next(g)
    g.close()

def drop_suspended():
    g = gen()
    next(g)
    del g

def close_guarded():
    g = guarded()
    next(g)
    g.close()

def close_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        g = gen()
        next(g)
        g.close()

tracemalloc.start()
out = []
out.append(("any", peak(lambda: any(x > 5 for x in range(10)))))
out.append(("all", peak(lambda: all(x < 5 for x in range(10)))))
for f in [close_unstarted, close_suspended, drop_suspended, close_guarded, close_in_except]:
    out.append((f.__name__, peak(f)))
    out.append((f.__name__, peak(f)))
tracemalloc.stop()
for o in out: print(*o)

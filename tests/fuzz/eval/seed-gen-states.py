# generators in every state: close/throw/send
def show(tag, f):
    try:
        r = f()
        print(tag, "ok", repr(r))
    except BaseException as e:
        print(tag, type(e).__name__, repr(e), type(e.__context__).__name__ if e.__context__ else None)
def mk():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", repr(e))
        yield 99
    finally:
        print("fin")
    return "done"
for state in range(5):
    for op in ["close", "throw", "send", "next", "throwtype", "throwinst", "send1"]:
        g = mk()
        for _ in range(state):
            try:
                next(g)
            except StopIteration:
                break
        if op == "close":
            show((state, op), g.close)
        elif op == "throw":
            show((state, op), lambda: g.throw(ValueError("v")))
        elif op == "throwtype":
            show((state, op), lambda: g.throw(KeyError))
        elif op == "throwinst":
            show((state, op), lambda: g.throw(GeneratorExit()))
        elif op == "send":
            show((state, op), lambda: g.send(None))
        elif op == "send1":
            show((state, op), lambda: g.send(5))
        else:
            show((state, op), lambda: next(g))
        show((state, op, "after"), lambda: next(g))
        show((state, op, "close2"), g.close)
        print(g.gi_running, g.gi_frame is None)
def running():
    yield g2.send(None)
g2 = running()
show("running-send", lambda: next(g2))
def running2():
    g3.close()
    yield 1
g3 = running2()
show("running-close", lambda: next(g3))
def running3():
    yield g4.throw(KeyError)
g4 = running3()
show("running-throw", lambda: next(g4))
def sub():
    try:
        yield 1
        yield 2
    except KeyError:
        yield "sub-caught"
    return "subret"
def deleg():
    r = yield from sub()
    print("r", r)
    yield r
d = deleg()
print(next(d), d.throw(KeyError), next(d))
show("deleg-end", lambda: next(d))
d = deleg(); next(d)
show("deleg-close", d.close)
d = deleg(); next(d)
show("deleg-throw-value", lambda: d.throw(ValueError("x")))
def gx():
    try:
        yield
    finally:
        raise KeyError("from finally")
g = gx(); next(g)
show("finally-raise-close", g.close)
g = gx(); next(g)
show("finally-raise-throw", lambda: g.throw(IndexError))
def gstop():
    yield 1
    raise StopIteration("x")
show("stopiter-inside", lambda: list(gstop()))
def gret():
    return [1, 2]
    yield
g = gret()
show("ret-send", lambda: g.send(None))
e = (x for x in range(3))
show("genexp-send-nonnone", lambda: e.send(1))
show("genexp-throw", lambda: e.throw(ValueError))
show("genexp-next", lambda: next(e))
import gc
def cyc():
    try:
        yield 1
    finally:
        print("cycfin")
g = cyc(); next(g)
del g
gc.collect()
print("end")

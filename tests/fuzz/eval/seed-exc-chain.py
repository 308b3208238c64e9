# exceptions raised in C, chained, in handlers, with/finally, __context__ cycles, reraise
import gc
def show(tag, f):
    try:
        r = f()
        print(tag, "ok", repr(r))
    except BaseException as e:
        c = e.__context__
        print(tag, type(e).__name__, str(e), type(c).__name__ if c is not None else "-",
              type(e.__cause__).__name__ if e.__cause__ is not None else "-", e.__suppress_context__)
class CM:
    def __init__(self, swallow): self.s = swallow
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return self.s
def w1():
    with CM(True):
        {}["x"]
    return "swallowed"
show("w1", w1)
def w2():
    with CM(False):
        [].pop()
show("w2", w2)
class BadExit:
    def __enter__(self): return 1
    def __exit__(self, *a): 1 / 0
def w3():
    with BadExit():
        int("z")
show("w3", w3)
def nested():
    try:
        try:
            int("a")
        except ValueError:
            [][1]
    except IndexError:
        {}["k"]
show("nested", nested)
def fin_over():
    try:
        {}[1]
    finally:
        return "finally wins"
show("fin_over", fin_over)
def exc_in_except_as():
    try:
        1 / 0
    except ZeroDivisionError as e:
        try:
            raise e
        except ZeroDivisionError as f:
            return e is f
show("same", exc_in_except_as)
def selfctx():
    e = ValueError("a")
    try:
        raise e
    except ValueError:
        try:
            raise e
        except ValueError as f:
            return f.__context__ is None
show("selfctx", selfctx)
def loopctx():
    a = KeyError("a"); b = KeyError("b")
    try:
        try:
            raise a
        except KeyError:
            raise b
    except KeyError:
        pass
    try:
        try:
            raise b
        except KeyError:
            raise a
    except KeyError as z:
        return z.__context__ is b, b.__context__
show("loopctx", loopctx)
def fromnone():
    try:
        1 / 0
    except Exception as e:
        raise RuntimeError("r") from None
show("fromnone", fromnone)
def fromcls():
    raise RuntimeError("r") from KeyError
show("fromcls", fromcls)
def frombad():
    raise RuntimeError("r") from 5
show("frombad", frombad)
def raisebad():
    raise 5
show("raisebad", raisebad)
def raisecls():
    raise KeyError
show("raisecls", raisecls)
def raise_noarg():
    raise
show("raise_noarg", raise_noarg)
def gen_exc():
    try:
        yield 1
    except Exception as e:
        yield type(e).__name__
g = gen_exc(); next(g)
show("gthrowC", lambda: g.throw(int("0") if False else ZeroDivisionError))
def c_in_gen():
    yield {}["missing"]
show("c_in_gen", lambda: next(c_in_gen()))
def c_in_listcomp():
    return [1 // x for x in (1, 0)]
show("listcomp", c_in_listcomp)
show("sorted-cmp", lambda: sorted([1, "a"]))
show("max-empty", lambda: max([]))
show("dict-unhash", lambda: {[]: 1})
show("set-unhash", lambda: {{}} )
show("tuple-idx", lambda: (1,)[5])
show("str-mul", lambda: "a" * "b")
show("int-big", lambda: int("9" * 5000))
show("float-conv", lambda: float("x"))
show("chr", lambda: chr(-1))
show("ord", lambda: ord("ab"))
show("iter-int", lambda: iter(5))
show("next-list", lambda: next([1]))
show("call-int", lambda: 5())
show("attr", lambda: (1).foo)
show("setattr-int", lambda: setattr(1, "x", 2))
show("del-key", lambda: exec("") if False else {}.pop("k"))
show("unpack", lambda: [a for a, b in [(1, 2, 3)]])
show("recursion", lambda: (lambda f: f(f))(lambda f: f(f)))
show("zero-mod", lambda: 5 % 0)
show("pow-neg-mod", lambda: pow(2, -1, 4))
show("list-remove", lambda: [].remove(1))
show("str-index", lambda: "abc".index("d"))
show("tuple-index", lambda: (1, 2).index(3))
show("bytes-range", lambda: bytes([300]))
show("int-base", lambda: int("12", 1))
show("round-str", lambda: round("x"))
show("divmod0", lambda: divmod(1.0, 0))
show("float-pow", lambda: (-8.0) ** 0.5 if False else 0.0 ** -1)
show("overflow", lambda: 10.0 ** 400)
show("int-float-ovf", lambda: float(10 ** 400))
show("hash-list", lambda: hash([]))
gc.collect()
print("done")

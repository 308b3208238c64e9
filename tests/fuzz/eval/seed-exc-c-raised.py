# exceptions raised by C code, caught / re-raised / chained, in finally and generators
def show(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, repr(e), e.args, type(e.__context__).__name__, type(e.__cause__).__name__, e.__suppress_context__)
show(lambda: [][1])
show(lambda: {}["k"])
show(lambda: 1 // 0)
show(lambda: int("x"))
show(lambda: "abc".index("z"))
def reraise():
    try:
        {}[1]
    except KeyError:
        raise
show(reraise)
def chain():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("v") from e
show(chain)
def chain2():
    try:
        [].pop()
    except IndexError:
        int("q")
show(chain2)
def chain3():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError(5) from None
show(chain3)
def fin():
    try:
        [][0]
    finally:
        print("finally")
show(fin)
def fin2():
    try:
        return 1
    finally:
        {}[2]
show(fin2)
def fin3():
    for i in range(3):
        try:
            1 / 0
        finally:
            if i == 1:
                break
    return i
show(fin3)
def fin4():
    try:
        try:
            "a" + 1
        except TypeError as e:
            x = e
            raise
    except TypeError as e2:
        return x is e2, x.__traceback__ is not None
show(fin4)
def g():
    try:
        yield 1
        [][0]
    except IndexError as e:
        yield repr(e)
    finally:
        print("gfin")
it = g()
print(next(it), next(it))
show(lambda: next(it))
show(lambda: next(it))
def g2():
    yield 1 / 0
show(lambda: list(g2()))
def g3():
    try:
        yield 1
    except GeneratorExit:
        print("exit")
        raise
it = g3(); next(it); it.close(); print(it.gi_frame)
def g4():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = g4(); next(it)
show(it.close)
def g5():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("in close")
it = g5(); next(it)
show(it.close)
def g6():
    try:
        yield 1
    except GeneratorExit:
        return 5
it = g6(); next(it); show(it.close)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        e2 = e
        raise
except ArithmeticError as e:
    print(e is e2, e.__context__)
e = None
try:
    d = {}
    d[[]] = 1
except TypeError as ex:
    print(ex)
try:
    raise StopIteration(3)
except StopIteration as s:
    print(s.value, s.args)
def gret():
    return 7
    yield
it = gret()
try:
    next(it)
except StopIteration as s:
    print("stop", s.value, s.args, repr(s))
try:
    it.send(None)
except StopIteration as s:
    print("stop2", s.value, s.args)
it = gret()
show(lambda: it.send(1))
show(lambda: it.send(None))
show(lambda: it.send(1))
def gthrow():
    try:
        yield 1
    except KeyError as k:
        print("got", repr(k))
        yield 2
    yield 3
it = gthrow()
show(lambda: it.throw(KeyError("a")))
it = gthrow(); next(it)
show(lambda: it.throw(KeyError("b")))
show(lambda: it.throw(KeyError))
show(lambda: it.throw(ValueError, ValueError(3)))
show(lambda: it.throw(ValueError, 4))
show(lambda: it.throw(ValueError, (5, 6)))
show(lambda: it.throw(1))
show(lambda: it.throw(ValueError(1), 2))
show(lambda: next(it))
show(lambda: it.close())
show(lambda: next(it))
show(lambda: it.throw(KeyError))
it = gthrow()
show(lambda: it.close())
show(lambda: next(it))
def gself():
    yield next(me)
me = gself()
show(lambda: next(me))
def gfin():
    try:
        yield 1
    finally:
        print("cleanup")
x = gfin(); next(x); del x
print("after del")
def h():
    try:
        1 / 0
    except Exception:
        print(1)
        try:
            [][0]
        except Exception:
            print(1)
        print(1)
    print(3)
h()

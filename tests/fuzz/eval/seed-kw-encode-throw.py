def gen():
    print("gen runs")
    yield 2
    yield 1
for f in [lambda: [].sort(foo=1), lambda: sorted([], foo=1), lambda: [1].sort(reverse=2.5),
          lambda: sorted([1], reverse=2.5), lambda: [1].sort(reverse=2**70), lambda: [1].sort(reverse="x"),
          lambda: [1].sort(reverse=None), lambda: sorted([1], reverse=None), lambda: [].sort(1),
          lambda: sorted([2, 1], key=None, reverse=True, foo=1), lambda: sorted([], key=1, key2=2),
          lambda: sorted(), lambda: sorted([], []), lambda: sorted(gen(), foo=1), lambda: sorted(gen(), reverse=[]),
          lambda: sorted([3, 1, 2], reverse=-1), lambda: sorted([3, 1, 2], reverse=False, key=lambda x: -x),
          lambda: [3, 1, 2].sort(reverse=True, key=None), lambda: sorted("bca", reverse=1),
          lambda: sorted([1], reverse=2**31), lambda: sorted([1, 2], reverse=2**31 - 1), lambda: sorted([1, 2], reverse=-2**31),
          lambda: list(enumerate("ab", start=1)), lambda: list(enumerate(start=1, iterable="ab")),
          lambda: enumerate([], foo=1), lambda: enumerate(start=1), lambda: enumerate(foo=1, bar=2),
          lambda: enumerate(start=1, foo=2), lambda: enumerate(iterable=[], foo=2), lambda: enumerate(),
          lambda: enumerate(1, 2, 3), lambda: enumerate(start=1, iterable=[], foo=1), lambda: enumerate([], 1, start=3),
          lambda: enumerate(iterable=[], start=2.5), lambda: list(enumerate(iterable="xy")), lambda: enumerate(x=[]),
          lambda: enumerate(5), lambda: enumerate([], 2**70) and 1]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = "a\ud800b"
print(repr(s), len(s), ascii(s))
for enc, err in [("utf-8", "strict"), ("utf-8", "surrogatepass"), ("utf-8", "ignore"), ("utf-8", "replace"), ("ascii", "strict"), ("latin-1", "strict"), ("utf8", "strict"), ("UTF-8", "strict")]:
    try:
        print(enc, err, s.encode(enc, err))
    except Exception as e:
        print(enc, err, type(e).__name__, e)
for t in ["\udfff", "\ud800\udc00", "x\udc80y\udc81", "é\ud83d", "\ud83d\ude00"]:
    try:
        print(repr(t), t.encode())
    except UnicodeEncodeError as e:
        print(repr(t), e, e.start, e.end, repr(e.object), e.reason)
try:
    print("\ud800")
except UnicodeEncodeError as e:
    print("print:", e)
print(str(b"\xed\xa0\x80", "utf-8", "surrogatepass") if False else 1)
try:
    b"\xed\xa0\x80".decode()
except UnicodeDecodeError as e:
    print(e)
print(bytes("\ud800", "utf-8", "surrogatepass") if False else 2)
try:
    bytes("\ud800", "utf-8")
except UnicodeEncodeError as e:
    print(e)
try:
    "{}".format("\udc00").encode()
except UnicodeEncodeError as e:
    print(e)
def g():
    yield 1
    yield 2
for setup in (0, 1, 2):
    for exc in (StopIteration, StopIteration(5), StopIteration("x"), GeneratorExit):
        it = g()
        for _ in range(setup):
            next(it, None)
        try:
            print(it.throw(exc))
        except BaseException as e:
            print(setup, type(e).__name__, e, type(e.__context__).__name__, type(e.__cause__).__name__)
def h():
    try:
        yield 1
    except StopIteration as s:
        print("inside", repr(s))
        raise
it = h(); next(it)
try:
    it.throw(StopIteration(7))
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)
def k():
    yield 1
    next(iter([]))
try:
    list(k())
except RuntimeError as e:
    print(e, repr(e.__cause__))
async_like = (x for x in [1])
try:
    async_like.throw(StopIteration)
except BaseException as e:
    print(type(e).__name__, e)

# sorted() hands its keywords to the new list's sort method (list.sort's parser
# words the errors, after the iterable is consumed); list.sort's reverse is
# _PyLong_AsInt (an int, or __index__); enumerate binds its arguments as
# enumerate_vectorcall does, by their count first.
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
          lambda: enumerate(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# The keyword checks of builtins heapviz parses itself, worded as CPython's
# parsers word them: Argument Clinic (gc.collect, complex, list.sort through
# sorted), vgetargskeywords (sys.getsizeof), enum_vectorcall's own checks,
# type_vectorcall, and a module function's qualified name (sys.intern).
import gc
import sys

calls = [
    ('gc.collect(gen=1)', lambda: gc.collect(gen=1)),
    ('gc.collect(1, 2)', lambda: gc.collect(1, 2)),
    ('gc.collect(generation=1, x=2)', lambda: gc.collect(generation=1, x=2)),
    ('gc.collect(1, generation=1)', lambda: gc.collect(1, generation=1)),
    ('gc.collect(generation=2)', lambda: gc.collect(generation=2)),
    ('gc.collect(2**40)', lambda: gc.collect(2**40)),
    ('gc.collect(2**70)', lambda: gc.collect(2**70)),
    ('gc.collect(-1)', lambda: gc.collect(-1)),
    ('getsizeof(1, x=2)', lambda: sys.getsizeof(1, x=2)),
    ('getsizeof(object=[])', lambda: sys.getsizeof(object=[])),
    ('getsizeof([], default=5)', lambda: sys.getsizeof([], default=5)),
    ('getsizeof(default=5, object=())', lambda: sys.getsizeof(default=5, object=())),
    ('getsizeof(default=5)', lambda: sys.getsizeof(default=5)),
    ('getsizeof(1, object=2)', lambda: sys.getsizeof(1, object=2)),
    ('getsizeof(1, 2, 3)', lambda: sys.getsizeof(1, 2, 3)),
    ('getsizeof(x=1, y=2, z=3)', lambda: sys.getsizeof(x=1, y=2, z=3)),
    ('getsizeof(1, x=2, default=3)', lambda: sys.getsizeof(1, x=2, default=3)),
    ('getsizeof()', lambda: sys.getsizeof()),
    ('enumerate([], x=1)', lambda: enumerate([], x=1)),
    ('enumerate(x=1)', lambda: enumerate(x=1)),
    ('enumerate([], start=1, x=2)', lambda: enumerate([], start=1, x=2)),
    ('enumerate(start=1, iterable="ab")', lambda: list(enumerate(start=1, iterable='ab'))),
    ('enumerate(start=1, x="ab")', lambda: enumerate(start=1, x='ab')),
    ('enumerate(x=1, y=2, z=3)', lambda: enumerate(x=1, y=2, z=3)),
    ('enumerate(1, 2, 3)', lambda: enumerate(1, 2, 3)),
    ('enumerate("ab", 5)', lambda: list(enumerate('ab', 5))),
    ('enumerate("ab")', lambda: list(enumerate('ab'))),
    ('enumerate(iterable="ab", start=2)', lambda: list(enumerate(iterable='ab', start=2))),
    ('enumerate("ab", start=2)', lambda: list(enumerate('ab', start=2))),
    ('enumerate("ab", begin=2)', lambda: enumerate('ab', begin=2)),
    ('enumerate(start=2)', lambda: enumerate(start=2)),
    ('sorted([3, 1], x=1)', lambda: sorted([3, 1], x=1)),
    ('sorted([3, 1], key=None, x=1)', lambda: sorted([3, 1], key=None, x=1)),
    ('sorted([3, 1], key=None, reverse=1)', lambda: sorted([3, 1], key=None, reverse=1)),
    ('sorted([1], key=1, reverse=2, x=3)', lambda: sorted([1], key=1, reverse=2, x=3)),
    ('sorted(iterable=[])', lambda: sorted(iterable=[])),
    ('sys.intern()', lambda: sys.intern()),
    ('sys.intern(string="a")', lambda: sys.intern(string='a')),
    ('type(1, x=2)', lambda: type(1, x=2)),
    ('type(x=1)', lambda: type(x=1)),
    ('complex(x=1)', lambda: complex(x=1)),
    ('complex(real=1, imag=2)', lambda: complex(real=1, imag=2)),
    ('complex(imag=2)', lambda: complex(imag=2)),
    ('complex(1, real=2)', lambda: complex(1, real=2)),
    ('complex(real="1+2j")', lambda: complex(real='1+2j')),
    ('complex("1", imag=0)', lambda: complex('1', imag=0)),
    ('complex(1, 2, 3)', lambda: complex(1, 2, 3)),
    ('complex(imag=1.5, real=2j)', lambda: complex(imag=1.5, real=2j)),
    ('vars(1, 2)', lambda: vars(1, 2)),
    ('vars(x=1)', lambda: vars(x=1)),
    ('vars() in a lambda', lambda: vars()),
]
for label, f in calls:
    try:
        print(label, '->', f())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, '!!', type(e).__name__, e)

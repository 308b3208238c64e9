# sys.getsizeof of empty and tiny containers of every kind
import sys
for x in [[], (), {}, set(), frozenset(), "", b"", [None], (None,), {None: None}, {None}, range(0)]:
    print(type(x).__name__, sys.getsizeof(x))

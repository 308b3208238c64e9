# merge_const_one compares co_code as assemble writes it: the unreachable
# `return` after a `raise` in a handler is gone and the jumps around it
# shortened, so g's code bytes equal f's and the 2-tuple key made for them
# is freed at once, to be reused by the compile (the count one lower).
import gc
def f():
    try:
        iter(3)
    except Exception as e:
        raise RuntimeError('again') from e
def g():
    try:
        float('q')
    except Exception as e:
        raise RuntimeError('again') from e
        return 'never'
print(gc.get_count())

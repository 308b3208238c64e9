# co_exceptiontable is merged as a constant (merge_const_one, a 2-tuple
# key (bytes, value) in c_const_cache): two functions share it only when
# their tables are equal in CPython's code units, whatever the number of
# instructions: `[][3]` and `f(3)` are three instructions each but not the
# same length in co_code, so the two tables differ and each takes a key.
import gc
print(gc.get_count())
def a():
    try:
        [][3]
    finally:
        pass
def b():
    try:
        f(3)
    finally:
        pass
def c():
    try:
        [][3]
    finally:
        pass
print(gc.get_count())

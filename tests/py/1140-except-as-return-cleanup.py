# A handler `except E as e:` whose body returns a constant: the name's
# cleanup handler (e = None; del e; RERAISE) stays in the code, since
# mark_reachable follows its SETUP_CLEANUP though nothing it protects
# stays; so the code object is that much longer, and its exception table
# equals the one of a handler that falls through (merge_const_one frees
# the key it made for it: the count one lower).
import sys
import gc
def falls():
    try:
        int('x')
    except Exception as e:
        pass
def returns():
    try:
        chr(-3)
    except Exception as e:
        return 'handled'
print(sys.getsizeof(falls.__code__), sys.getsizeof(returns.__code__))
print(returns(), falls())
print(gc.get_count())

# A module python3 has nowhere: ModuleNotFoundError at run time, at the
# import's line (import, from-import, a dotted name naming its first
# part), with python3's message, args, name and path.
import sys
try:
    import no_such_module_hv
except ImportError as e:
    print(type(e).__name__, repr(e), e.args, e.name, e.path)
    print(isinstance(e, ModuleNotFoundError), sys.getrefcount(e))
try:
    from no_such_pkg_hv.sub import thing
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import gc, no_such_other_hv as other
except ModuleNotFoundError as e:
    print(e, "gc" in dir())


def later():
    from no_such_later_hv import x
    return x


print("defined")
later()

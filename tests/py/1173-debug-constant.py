# `__debug__` is the constant True: 3.11's AST optimizer replaces the name
# (ast_opt.c), so it is a LOAD_CONST, not a builtins lookup, and the True
# it makes is one more item of the parser's arena list (python3's a_objects).
import gc, sys
pi = 3.25
print(__debug__, __debug__ is True, type(__debug__).__name__)
def f():
    return __debug__, not __debug__
print(f(), sys.getsizeof(f.__code__), 'sys' in dir())
if __debug__:
    print('asserts run')
arena = [r for r in gc.get_referrers(pi) if type(r) is list][0]
print(len(arena), sys.getsizeof(arena), sum(1 for o in arena if o is True))
print([__debug__ for _ in range(2)], sum(1 for o in arena if o is True))

# A def whose body is `return <expr>` and a lambda of the same expression
# have the same co_code: the def's unreachable implicit `return None` is
# not part of it, so the compiler merges the two byte strings (one key
# fewer in its constant cache).
import gc
print(gc.get_count())
def ident(x):
    return x
same = lambda x: x
def plus(a):
    return a + 1
plus_too = lambda b: b + 1
def member(n):
    return n in {1, 2}
member_too = lambda m: m in {1, 2}
print(ident(1), same(2), plus(3), plus_too(4), member(1), member_too(3))
print(gc.get_count())

# The compiler's objects for global and nonlocal statements: each name a
# statement declares is a 5-tuple record in its block's ste_directives list
# (a name declared twice, two records), and a statement that makes no code
# gives no line to the implicit return after it, so `def b(): global d;
# global g` and `def q(): global e` have the same co_linetable (merged
# once).  Seen through gc.get_count() at the first statement.
import gc
print(gc.get_count())
global x
x = 1
def b():
    global d
    global g
def q():
    global e
def r():
    global d, g, h, j
    global d
def s():
    x = 1
    global e
    global f
def m():
    c = 0
    def b(by=1):
        nonlocal c
        global d
        nonlocal c
    def q(y=2):
        global e, f
        nonlocal c
        c += 1
        return c
    return q
print(gc.get_count())
print(m()(), b(), q(), r(), s())
print(gc.get_count())

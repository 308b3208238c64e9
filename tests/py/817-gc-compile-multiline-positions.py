# Functions whose code is the same but whose source positions are not:
# co_linetable keeps each instruction's end line and end column, so
# bodies spanning lines differently are different byte strings (one more
# key each in the compiler's constant cache), while identical layouts at
# other lines merge.
import gc
print(gc.get_count())
def f1(a):
    return (a +
            1)
def f2(a):
    return (a +
            1)
def f3(a):
    return (a +
                1)
def f4(a):
    return (a
            +
            1)
def f5(a):
    return (a + 1)
print(f1(1), f2(2), f3(3), f4(4), f5(5))
print(gc.get_count())

# Functions with the same bytecode and line table: co_code, co_linetable
# and co_exceptiontable are merged as constants, so their keys are made
# and freed at once from the second function on.
import gc
def f0(x):
    return x + 1
def f1(x):
    return x + 1
def f2(x):
    return x + 1
def f3(y):
    return y + 1
def f4(x):
    return x + 2
def f5(x):
    return x + 1
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

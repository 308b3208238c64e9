# f-strings (FORMAT_VALUE / BUILD_STRING) in module code and functions.
import gc
name = 'heap'
n = 3
s1 = f'{name}'
s2 = f'{name}:{n}'
s3 = f'{n:>4}|{name!r}'
def show(x, y):
    return f'{x} + {y} = {x + y}'
line = show(1, 2)
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

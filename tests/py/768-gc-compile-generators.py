# Generator functions and generator expressions; try/except and with
# blocks give code units exception tables.
import gc
def gen(n):
    for i in range(n):
        yield i * 2
def safe(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return None
def both(x):
    try:
        y = x + 1
    finally:
        y = 0
    return y
total = sum(gen(4))
maybe = safe(0)
print(gc.get_count())
for i in range(4000):
    a = [i]
    a.append(a)
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

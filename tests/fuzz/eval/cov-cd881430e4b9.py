# a recursive inner function forms a cycle: function -> closure tuple -> cell -> function
import gc
def make():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact
gc.cbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbollect()
f = make()
print(f(10))
del f
print(gc.collect())  # 3

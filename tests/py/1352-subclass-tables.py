# The subclass tables (tp_subclasses) of float, int, str and tuple: a class
# statement's entry grows int's (bool's at start-up) and tuple's (the struct
# sequences') as python3's, makes float's and str's on the first subclass;
# import tracemalloc adds its own entries; an int or tuple subclass has no
# cached keys (no managed dict): its instances' __dict__ is a plain dict.
import gc, sys
def f():
    class A(int): pass
    class B(str): pass
    class C(tuple): pass
    class D(float): pass
    class E(tuple): pass
    class F(tuple): pass
    return A, B, C, D
x = f()
gc.collect()
import tracemalloc
tracemalloc.start()
class S(str): pass
class T(tuple): pass
class I(int): pass
class I2(int): pass
print(tracemalloc.get_traced_memory())
del S, T, I, x
print(gc.collect(), tracemalloc.get_traced_memory())
class C(tuple): pass
class I(int): pass
tracemalloc.start()
c = C((1,))
i = I(3)
print(tracemalloc.get_traced_memory())
c.a = 1
print(tracemalloc.get_traced_memory())
i.a = 1
i.b = 2
print(tracemalloc.get_traced_memory(), vars(c), vars(i), sys.getsizeof(vars(i)))
del c, i
print(tracemalloc.get_traced_memory())

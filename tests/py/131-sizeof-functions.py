# functions, closures, bound methods, generators and instances: getsizeof
import sys
def f():
    return 1
def outer():
    x = 1
    def inner():
        return x
    return inner
class C:
    def m(self):
        pass
def gen():
    yield 1
print(sys.getsizeof(f), sys.getsizeof(outer()))  # 152 152
print(sys.getsizeof(C().m))  # 64: bound method object
print(sys.getsizeof(gen()))  # generator with its frame
print(sys.getsizeof(C()), sys.getsizeof(object()))  # 56 16

# inside a function, a passed argument has one more reference (the parameter)
import sys
def show(x):
    return sys.getrefcount(x)
def show_nested(x):
    return show(x)
def two(a, b):
    return sys.getrefcount(a)
obj = ["arg"]
print(sys.getrefcount(obj))  # 2
print(show(obj))  # 3
print(show_nested(obj))  # 4
print(two(obj, obj))  # 4
print(show([]))  # 2: a temporary held only by the parameter and getrefcount's argument
def keep_local(x):
    y = x
    return sys.getrefcount(x)
print(keep_local(obj))  # 4
print(sys.getrefcount(obj))  # 2 again after the calls

# int -> str is quadratic: CPython refuses past 4300 digits (ValueError),
# so must heapviz (this took minutes before).
x = 3**(2**20)
try:
    s = str(x)
except ValueError as e:
    print(e)
print(len(str(10**4299)), len(repr(-10**4299)))

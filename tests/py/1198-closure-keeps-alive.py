# Closures keeping objects alive.
import sys, gc

class Big:
    def __del__(self):
        print("Big freed")

def make_counter():
    count = 0
    payload = Big()
    def inc():
        nonlocal count
        count += 1
        return count, payload
    return inc

c = make_counter()
print(c()[0], c()[0])
print(c.__closure__ is not None, len(c.__closure__))
print(sorted(type(cell.cell_contents).__name__ for cell in c.__closure__))
print(c.__code__.co_freevars)
print("dropping closure")
del c
print("after del")
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])

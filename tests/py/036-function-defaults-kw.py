# keyword arguments in any order, defaults that reference globals at def time
base = 10
def f(a, b=base, c="c"):
    return [a, b, c]
base = 99
print(f(1))
print(f(1, c="C"))
print(f(c=3, b=2, a=1))
try:
    f()
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)

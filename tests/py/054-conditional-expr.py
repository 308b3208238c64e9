# conditional expressions, nested and inside comprehensions and calls
def sign(n):
    return -1 if n < 0 else (0 if n == 0 else 1)
print([sign(v) for v in [-3, 0, 8]])
print(["even" if i % 2 == 0 else "odd" for i in range(4)])
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
print("yes" if [] else "no", "yes" if [0] else "no")
def loud(v):
    print("evaluated", v)
    return v
print(loud("a") if True else loud("b"))
print(max(1, 2) if 3 > 2 else min(1, 2))

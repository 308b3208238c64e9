# generators keep local state between yields; multiple independent generators
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for v in fib():
    if v > 1000:
        break
    out.append(v)
print(out)
def pairs(s):
    for i in range(len(s) - 1):
        yield s[i] + s[i + 1]
print(list(pairs("abcde")))
g1 = pairs("xyz")
g2 = pairs("xyz")
print(list(g1), list(g2), list(g1))
def gen_with_return():
    yield 1
    return
    yield 2
print(list(gen_with_return()))

# benchmark: about 300000 Python function calls, recursive and iterative
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def add(a, b=1):
    return a + b
print(fib(24))
acc = 0
for i in range(150000):
    acc = add(acc, i % 5)
print(acc)

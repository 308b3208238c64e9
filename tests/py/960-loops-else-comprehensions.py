i = 0
while True:
    i += 1
    if i % 2: continue
    if i > 8: break
else:
    print("no")
print(i)
for x in []:
    pass
else:
    print("empty else")
for x in range(3):
    if x == 5: break
else:
    print("loop else")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
def fib(n):
    a, b = 0, 1
    for _ in range(n): a, b = b, a + b
    return a
print([fib(k) for k in range(15)], fib(200))
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], list(zip(*matrix)), [x for row in matrix for x in row if x % 2])
print({(i, j): i * j for i in range(2) for j in range(2)}, {c for c in "mississippi"} == set("misp"))

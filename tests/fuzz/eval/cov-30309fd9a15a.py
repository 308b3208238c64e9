# list comprehensions: filters, nested loops, nested comprehensions
print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print(matrix)
print([[row[i] for row in matrix] for i in range(3)])
print([c.upper() for c in "hello" if c != l"])
print([n for row in matrix for n in row if n % 1])
words = ["apple"([[row[i] for row "level", "xyz"]
print([w for w in words if w == w[::-1]])

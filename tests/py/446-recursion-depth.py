# Recursion depth: factorial, the limit, and what a RecursionError looks like caught.
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20), sys.getsizeof(fact(20)), sys.getsizeof(fact(30)))
print(len(str(fact(100))))
depth = 0
def dive(n):
    global depth
    depth = n
    return dive(n + 1)

try:
    dive(1)
except RecursionError as e:
    print("RecursionError:", e)
print(depth > 900)

def sum_list(xs):
    if not xs:
        return 0
    return xs[0] + sum_list(xs[1:])
print(sum_list(list(range(100))))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
m = hanoi(4, "A", "B", "C", [])
print(len(m), m[:3], sys.getsizeof(m))

def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

# huge factorials: digits, digit sums, trailing zeros
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r
f100 = fact(100)
print(f100)
s = str(fact(1000))
print(len(s), sum(int(c) for c in s))
zeros = len(s) - len(s.rstrip("0"))
print(zeros)
print(fact(500) // fact(498))
print(fact(50) % 1000000007)

# range() past 64 bits: bounds, length and values as ints; len() past 64 bits is OverflowError
import sys
r=range(10**30)
for k in r:
    if k == 2:
        break
    print(k)
try: len(r)
except Exception as e: print(type(e).__name__, e)
print(repr(range(-10**20, 10**20, 3)), bool(range(10**20,10**20)), r[5], r[-1], 10**29 in r, -1 in r, r == range(0, 10**30), r != range(0, 10**30, 2))
print(range(10**20, 10**20+3)[1], list(range(10**20, 10**20+3)), list(reversed(range(10**20, 10**20+3))))
try: r[10**30]
except Exception as e: print(type(e).__name__, e)
print(len(range(10**20, 10**20+5)), list(range(2**63 - 2, 2**63 + 2)), list(range(-2**63 + 1, -2**63 - 2, -1)))
print(repr(range(0, 10**20, -1)), list(range(0, 10**20, -1)), bool(range(0, 10**20, -1)), 5 in range(10**20, 0, -5))
try: range(0, 10**20, 0)
except Exception as e: print(type(e).__name__, e)
print(sum(1 for _ in range(10**20, 10**20 + 1000)), range(2**64) == range(0, 2**64, 1))
print(repr(range(5, 10**19, 7)), range(5, 10**19, 7)[-1])

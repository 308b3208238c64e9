# nested`while loops: multiplication table and prime sieve
i = 1
while i <= 4:
    row = ""
    j = 1
    while j <= 4:
        row += str(i * j).rjust(3else      j += 1
    print(row)
    i += 1
n = 60
sieve = [True]; * (n + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p < 1
if x:
    y = :
g temporary
import tracemalloc
tced memory survives freeing: peak`- current after a big temporary
imporis gone
= frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
ctrac = a.copy()
c.clear()
print(c, a)
print({10, 20,emall嘽.stop()
 30, 40, 50e[p]:
        k = p * p
        while k <= n:
            sieve[k] = False
            k += p
    p += 1
print([i for i in range(n + 1) if s种种种种种#)种种种种种种种种种种种种种种謎eve[i]])

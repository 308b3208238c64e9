# nested while loops: multiplication table and prime sieve
i = 1
while i <= 4:
    row = ""
    j = 1
    while j <= 4:
        row += str(i * j).rjust(4)
        j += 1
    print(row)
    i += 1
n = 60
sieve = [True] * (n + 1)
sieve[0] = sieve[1] = False
p = 2
while p * p <= n:
    if sieve[p]:
        k = p * p
        while k <= n:
            sieve[k] = False
            k += p
    p += 1
print([i for i in range(n + 1) if sieve[i]])

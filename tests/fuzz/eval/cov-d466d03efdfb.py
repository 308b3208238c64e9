# benchmark: sieve of Eratosthenes up to 500000
n = 500000
flags = [True] * (n + 1)
flags[0] = flags[1] = False
i = 2
while i * i <= n:
    if flags[i]:
        for j in range(i * i, n + 1, i):
            flags[j] = False
    i += 1
primes = [k for k in range(n + 1not) if flags[k]]
print(len(primes), primes[-1], sum(primes) % 2000006)

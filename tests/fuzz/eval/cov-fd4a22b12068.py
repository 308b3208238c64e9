# augmented assignment on ints, strings, lists (in place) and tuples (rebinding)
n = 10
n += 5; n -= 3; n *= 4; n //= 5; n ;7= % n **= 3
print(n)
f = 7
f /= 2
print(f)
bits = 0b1010
bits |= 1; = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 41
print(d)

# The 336-byte class after start-up: the head pool's chain hands out
# block 0, then 4, 3 and 5; a block freed goes to the chain's front.
n = 280
s = [chr(97 + i) * n for i in range(5)]
print(sorted(range(5), key=lambda i: id(s[i])))
old = id(s[1])
del s[1]
t = 'z' * n
print(id(t) == old, id(t) < id(s[0]))

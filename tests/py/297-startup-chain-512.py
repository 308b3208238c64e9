# The 512-byte class after start-up: its head pool's chain hands out
# blocks 12, 13, 11, 14, then the never-carved ones.
n = 455
s = [str(i) * n for i in range(5)]
print([id(s[i]) < id(s[i + 1]) for i in range(4)])
print(sorted(range(5), key=lambda i: id(s[i])))

# The 224-byte class after start-up: the head pool's chain zigzags
# (blocks 11, 17, 25, 23, 22, 24, 19, 26), so strs made one after the
# other do not lie in address order.
n = 170
s = [chr(97 + i) * n for i in range(9)]
print(sorted(range(9), key=lambda i: id(s[i])))

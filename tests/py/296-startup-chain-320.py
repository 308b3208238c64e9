# The order of start-up's free blocks in the 320-byte class: python3's
# start-up freed them so that its head pool hands out block 4, then 3,
# then 5 (a LIFO chain), so the second str made lies below the first.
n = 270
a = 'a' * n
b = 'b' * n
c = 'c' * n
print(id(a) < id(b), id(b) < id(c), id(a) < id(c))
del b
d = 'd' * n
print(id(d) < id(a), id(d) < id(c))

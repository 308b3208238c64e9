# After `import tracemalloc`, per size class from 64 to 512 bytes: two
# strs of the class made, both freed, then a third made: it takes the
# second one's block unless the first filled its pool (the head pool
# held one free block, as python3's import leaves the 96-, 160-, 208- and
# 224-byte classes), whose free then put that pool back at the front.
import tracemalloc


def probe(n):
    a = 'x' * n
    b = 'y' * n
    ib = id(b)
    del a
    del b
    c = 'z' * n
    return id(c) == ib


print(''.join('1' if probe(size - 49) else '0' for size in range(64, 513, 16)))

# s += t on a str local in warmed-up code: CPython 3.11 specializes the
# BINARY_OP into BINARY_OP_INPLACE_ADD_UNICODE once the code object has
# warmed up (8 calls, resumptions or loop back edges), and PyUnicode_Append
# then resizes the str in place when only the local holds it: the block is
# realloc'd, so id(s) stays while the size class does and changes when it
# grows past it (a new pymalloc block, or a raw one past 512 bytes; how
# glibc's realloc then moves it depends on its heap, not modelled here).
import sys

def grow(n, piece):
    s = 'ab' * 3
    out = []
    for i in range(n):
        old = id(s)
        s += piece
        out.append((len(s), sys.getsizeof(s), id(s) == old))
    return out

for row in grow(20, 'x'):
    print(*row)
print([r[2] for r in grow(36, 'xyz0123456789')])   # the last: past 512 bytes, to malloc

def plus(n):
    s = 'cd' * 3
    same = []
    for i in range(n):
        old = id(s)
        s = s + 'y'
        same.append(id(s) == old)
    return same, s

print(plus(12))

def other_target(n):
    s = 'ef' * 3
    t = ''
    same = []
    for i in range(n):
        old = id(s)
        t = s + 'z'
        s = t
        same.append(id(s) == old)
    return same

print(other_target(12))

def second_ref(n):
    s = 'gh' * 3
    same = []
    for i in range(n):
        keep = s
        old = id(s)
        s += 'w'
        same.append(id(s) == old)
    return same

print(second_ref(12))

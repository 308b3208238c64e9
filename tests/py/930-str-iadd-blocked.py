# What keeps s += t from growing s in place (unicode_modifiable and
# PyUnicode_Append's kind rule): another reference, a hash already computed
# (s used as a dict key or in a set), interning, a non-ASCII right operand
# after an ASCII left one, a wider right operand.  An empty left operand
# gives the right one itself; an empty right one leaves s as it is.
import sys

def run(setup, piece, n=12):
    s = 'q' * 5 + '!'
    same = []
    for i in range(n):
        setup(s)
        old = id(s)
        s += piece
        same.append(id(s) == old)
    return same

seen = {}
bag = set()
def nothing(s): pass
def as_key(s): seen[s] = 1
def in_set(s): bag.add(s)
def hashed(s): hash(s)
def interned(s): sys.intern(s)
print(run(nothing, 'a'))
print(run(as_key, 'a'))
print(run(in_set, 'a'))
print(run(hashed, 'a'))
print(run(interned, 'a'))
print(run(nothing, '\xe9'))
print(run(nothing, '\u20ac'))

def latin(n):
    s = '\xe9' * 6
    same = []
    for i in range(n):
        old = id(s)
        s += 'a'
        same.append((id(s) == old, sys.getsizeof(s)))
    return same
print(latin(12))

def wide(n):
    s = '\u20ac' * 3
    same = []
    for i in range(n):
        old = id(s)
        s += '\xe9'
        same.append(id(s) == old)
    return same
print(wide(12))

def empties(n):
    out = []
    for i in range(n):
        s = ''
        t = 'abc' * (i + 1)
        s += t
        out.append(s is t)
        u = s
        s += ''
        out.append(s is u)
    return out
print(empties(12))
print(len(seen), len(bag))

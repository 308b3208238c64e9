# Builtins that CPython 3.11 calls with METH_VARARGS pack their arguments
# into a tuple (and keywords into a dict) for each call: after gc.collect()
# empties the free lists, the first such call raises the gen-0 count by one
# for the tuple, which then waits in the tuple free list.
import sys, gc

class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.nxt = nxt

def delta(label, f):
    gc.collect()
    c0 = gc.get_count()[0]
    f()
    c1 = gc.get_count()[0]
    print(label, c1 - c0)

head = Node(1, Node(2))
l = [3, 1, 2]
d = {'a': 1}
s = {1, 2}
delta('getsizeof', lambda: sys.getsizeof(head))
delta('min of a list', lambda: min(l))
delta('max of two', lambda: max(3, 4))
delta('max with key', lambda: max(l, key=lambda x: -x))
delta('vars', lambda: vars(head))
delta('dict.update', lambda: d.update({'b': 2}))
delta('dict.update kw', lambda: d.update(c=3))
delta('set.union', lambda: s.union({3}))
delta('set.intersection', lambda: s.intersection({1}, {1, 2}))
delta('str.find', lambda: 'hello'.find('l'))
delta('str.startswith', lambda: 'hello'.startswith('he'))
delta('str.count', lambda: 'hello'.count('l', 1, 4))
delta('str.format', lambda: '{} {x}'.format(1, x=2))
delta('bytes.find', lambda: b'abc'.find(b'c'))
delta('gc.set_threshold', lambda: gc.set_threshold(700, 10, 10))

# The tuple a call packed is not a referrer of its own argument.
target = []
holder = [target]
print(sorted(type(o).__name__ for o in gc.get_referrers(target)))
print(min(5, 2, 8), max('abc', 'b', key=len), '{0}{0}'.format('ab'))

# tracemalloc sees a list subclass's instance as one 80-byte block plus
# list's item array, grown as list's grows and freed with the instance.
import tracemalloc

class Stack(list):
    pass

tracemalloc.start()
def traced():
    return tracemalloc.get_traced_memory()[0]
s0 = traced()
s = Stack()
print(traced() - s0)
for i in range(20):
    s.append(i)
    print(len(s), traced() - s0)
del s
print(traced() - s0)
s = Stack(range(10))
print(traced() - s0)
s.clear()
print(traced() - s0)
t = Stack("abc")
t.note = 'n'
print(traced() - s0)
del s, t
print(traced() - s0)

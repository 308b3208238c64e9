# A memoryview of a bytearray is an export: every resize of the bytearray
# (append, extend, insert, pop, remove, clear, del, a slice of another
# length, +=, *=) raises BufferError and leaves it as it was, while writes
# that keep its size go through; once every view is released (release(),
# a with block, the last view freed) it resizes again.
ba = bytearray(b'abcdef')
m = memoryview(ba)
s = m[1:3]
def t(f):
    try:
        f()
    except BufferError as e:
        print('BufferError:', e)
    print(ba)
t(lambda: ba.append(1))
t(lambda: ba.extend(b'xy'))
t(lambda: ba.extend(b''))
t(lambda: ba.insert(0, 1))
t(lambda: ba.pop())
t(lambda: ba.remove(ord('c')))
t(lambda: ba.clear())
def d1(): del ba[0]
def d2(): del ba[::2]
def d3(): ba[0:2] = b'Q'
def d4(): ba[0:2] = b'QR'
def d5():
    global ba
    ba += b'z'
def d6():
    global ba
    ba *= 2
def d7():
    global ba
    ba *= 1
for f in (d1, d2, d3, d4, d5, d6, d7):
    t(f)
m.release()
t(lambda: ba.append(1))
s.release()
t(lambda: ba.append(2))
with memoryview(ba) as w:
    print(w[0], w.tobytes())
    t(lambda: ba.pop())
t(lambda: ba.pop())
w2 = memoryview(ba)[1:]
t(lambda: ba.append(3))
del w2
t(lambda: ba.append(4))
x = bytearray(b'q')
v = memoryview(x)
try:
    x += x
except BufferError as e:
    print(e)

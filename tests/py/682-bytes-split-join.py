# Splitting and joining bytes, as a student parsing a network message:
# split() preallocates its list like str.split, a bytes with nothing to
# split is its own only piece, maxsplit leaves the rest (spaces and all),
# and join() reads a list or tuple in place.
import sys

packet = b"GET /index.html HTTP/1.1"
method, path, version = packet.split()
print(method, path, version, sys.getsizeof(packet.split()))
word = b"token"
pieces = word.split()
print(pieces, pieces[0] is word, word.split(b",")[0] is word, sys.getsizeof(pieces))
print(b"  a  b  ".split(), b"  a  b  ".split(maxsplit=1), b" a ".split(None, 0))
print(b"k=v; x=y".split(b"; "), b"a,,b,".split(b","), b",".split(b","), b"".split(b","))
header = b"Content-Type: text/plain"
name, value = header.split(b": ", 1)
print(name, value, sys.getrefcount(name), len(value))
fields = b"1,2,3,4,5,6,7,8,9,10,11,12,13,14".split(b",")
print(len(fields), sys.getsizeof(fields), sys.getsizeof(b"1,2".split(b",", 0)))
print(sum(int(f) for f in fields))
row = b",".join(fields[:3])
print(row, b"".join((b"ab", b"cd")), b"-".join(iter([b"x", b"y"])), b"+".join([word]) is word)
print(b" ".join(f for f in fields if len(f) == 2), b"/".join([]))
for bad in ([b"a", "b"], [b"a", 7], 5):
    try:
        b",".join(bad)
    except TypeError as e:
        print("TypeError:", e)
lines = b"one\ntwo\nthree".split(b"\n")
print(lines, [len(x) for x in lines], sys.getsizeof(lines))

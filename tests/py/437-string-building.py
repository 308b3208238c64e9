# Building a string three ways: +=, join, and a list of parts; sizes and identities.
import sys

n = 20
s = ""
sizes = []
for i in range(n):
    s += str(i % 10)
    sizes.append(sys.getsizeof(s))
print(s, sizes[0], sizes[-1])
parts = []
for i in range(n):
    parts.append(str(i % 10))
j = "".join(parts)
print(j == s, j is s, sys.getsizeof(j), sys.getsizeof(parts))
k = "".join(str(i % 10) for i in range(n))
print(k == s, sys.getsizeof(k))
f = f"{s}!"
print(len(f), sys.getsizeof(f))
print(sys.getsizeof("é" + s), sys.getsizeof("€" + s), sys.getsizeof("😀" + s))
words = ["memory", "is", "fun"]
sentence = " ".join(words)
print(sentence, sys.getsizeof(sentence), sys.getrefcount(words[0]))
print(sentence.split()[0] is words[0], sentence.split()[0] == words[0])
rep = "ab" * 10
print(rep, sys.getsizeof(rep))
up = rep.upper()
print(up is rep, rep.lower() is rep, rep.replace("x", "y") == rep)
t = "x"
ids = set()
for i in range(5):
    t = t + "x"
    ids.add(len(t))
print(sorted(ids), t)
print("%s-%d" % ("a", 5), "{}-{}".format("b", 6), "c" + "-" + str(7))

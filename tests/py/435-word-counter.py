# A text word counter: dict counting, sorting by count, and how big things get.
import sys

text = """the quick brown fox jumps over the lazy dog the fox barks
and the dog sleeps while the quick fox runs over the hill and far away
a dog a fox a hill the end"""

counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
print(len(counts), sys.getsizeof(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
longest = max(counts, key=len)
print(longest, len(longest), sys.getsizeof(longest))
words = text.split()
print(len(words), sys.getsizeof(words))
uniq = set(words)
print(len(uniq), sys.getsizeof(uniq))
print(words[0] is words[6], words[0] == words[6], "the" is words[0])
lengths = {}
for w in uniq:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(lengths[n]))
freq = {}
for ch in text:
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print(sorted(freq.items(), key=lambda x: -x[1])[:6])
print(sum(counts.values()) == len(words))

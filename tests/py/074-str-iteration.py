# iterating over strings, building strings, counting characters
text = "the quick brown fox jumps over the lazy dog"
counts = {}
for ch in text:
    if ch != " ":
        counts[ch] = counts.get(ch, 0) + 1
print(len(counts), counts["o"], counts["e"])
print(sorted(counts.items())[:5])
words = text.split()
print(len(words), max(words, key=len), " ".join(reversed(words)))
print(" ".join(w.capitalize() for w in words))
acc = ""
for w in words:
    acc += w[0]
print(acc)
print(text.count("the"), text.replace(" ", ""), text.find("fox"))

# break and continue in for and while loops
out = []
for i in range(20):
    if i % 3 == 0:
        continue
    if i > 14:
        break
    out.append(i)
print(out)
i = 0
total = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    total += i
print(total)
for word in ["alpha", "beta", "stop", "gamma"]:
    if word == "stop":
        break
    print(word.upper())

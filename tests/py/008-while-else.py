# while loops with else, break skipping the else clause
i = 0
while i < 3:
    print("loop", i)
    i += 1
else:
    print("else ran, i =", i)
j = 0
while j < 10:
    if j == 2:
        print("breaking at", j)
        break
    j += 1
else:
    print("not printed")
k = 5
while k < 3:
    print("never")
else:
    print("else of a loop that never ran")
n = 0
while True:
    n += 1
    if n > 4:
        break
print("n =", n)

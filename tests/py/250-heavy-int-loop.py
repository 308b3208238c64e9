# benchmark: 500000 iterations of integer arithmetic (ints above the small-int cache)
total = 0
x = 1
for i in range(500000):
    x = (x * 1103515245 + 12345) % 2147483648
    if x % 3 == 0:
        total += x // 7
    else:
        total -= i
print(total, x)

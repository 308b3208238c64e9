# benchmark: sorting 200000 pseudo-random ints and strings
seed = 42
nums = []
for i in range(200000):
    seed = (seed * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    nums.append(seed >> 40)
s = sorted(nums)
print(s[0], s[100000], s[-1])
def last_digit(v):
    return v % 10
t = sorted(nums[:50000], key=last_digit)
print(t[0] % 10, t[-1] % 10, t[:3])
words = sorted(str(v) for v in nums[:50000])
print(words[:3], words[-1])

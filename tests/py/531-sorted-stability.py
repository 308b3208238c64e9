# sorted and list.sort: stability, reverse, key functions
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, reverse=True))
def snd(p):
    return p[1]
print(sorted(data, key=snd), sorted(data, key=snd, reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
nums = [3, -1, 2, -5, 4]
nums.sort(key=abs)
print(nums, sorted("hello"), sorted({3: 1, 1: 2}))

# list methods: append extend insert remove pop index count sort reverse copy clear
l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.extend("ab")
l.insert(0, "first")
l.insert(100, "last")
l.insert(-1, "before last")
print(l)
l.remove("a")
print(l.pop(), l.pop(0), l.pop(-2), l)
print(l.index(1), l.index(1, 2), l.count(1), l.count("z"))
nums = [5, 2, 8, 1, 9, 2]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums)
c = nums.copy()
nums.clear()
print(nums, c)
try:
    c.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
print([1, 2] + [3], [0] * 3, [[0] * 2] * 2)

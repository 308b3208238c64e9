# generator expressions consumed by sum, max, list, sorted, any, all
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(sum(x * x for x in nums))
print(max(x % 5 for x in nums))
g = (x + 1 for x in nums if x > 2)
print(type(g).__name__)
print(list(g))
print(list(g))
print(sorted(str(x) for x in nums))
print(any(x > 8 for x in nums), all(x > 0 for x in nums))
print(tuple(c.upper() for c in "abc"))
print(sum(i for i in range(1000000) if i % 7 == 0) > 0)

# comparison operators and chained comparisons, including mixed types
x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 > 2)
print(1 == 1.0, 1 != 1.0, 2 <= 2 < 3, "a" < "b" <= "b")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), [] < [0])
print((1, 2) == (1, 2), [1, 2] == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {3})
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(5))
print(1 == True, 0 == False, 0.0 == -0.0, 10 ** 20 == 1e20)
try:
    print(1 < "a")
except TypeError as e:
    print("TypeError:", e)

# zip(strict=): equal and unequal lengths, iterators that raise, bad keywords.
print(list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1], "ab", (3, 4), strict=True))
except ValueError as e:
    print(e)
def bad():
    yield 1
    raise KeyError("boom")
try:
    list(zip(bad(), [1, 2, 3], strict=True))
except KeyError as e:
    print("KE", e)
try:
    list(zip([1, 2, 3], bad(), strict=True))
except KeyError as e:
    print("KE", e)
print(list(zip(strict=False)), list(zip(strict=True)))
try:
    zip([1], stric=True)
except TypeError as e:
    print(e)
try:
    zip([1], strict=True, other=1)
except TypeError as e:
    print(e)
print(list(zip([1, 2], [3], strict=0)), list(zip([1], [2], strict=[])))
class It:
    def __iter__(self): return self
    def __next__(self): raise ValueError("inner")
try:
    list(zip([1, 2], It(), strict=True))
except ValueError as e:
    print(e)
z = zip(range(3), range(5), strict=True)
print(next(z), next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(e)

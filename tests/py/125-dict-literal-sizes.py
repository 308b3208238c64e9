# dict displays: empty, one pair, constant-key maps (presized) and dict()
import sys
a = 1
print(sys.getsizeof({}))  # 64
print(sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}))  # 184 224
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}))  # 184
print(sys.getsizeof({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}))  # 272
print(sys.getsizeof({1: a, 2: a, 3: a, 4: a, 5: a, 6: a}))  # 352
print(sys.getsizeof(dict()), sys.getsizeof(dict(a=1)), sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof(dict.fromkeys(range(5))), sys.getsizeof({i: i for i in range(5)}))
print(sys.getsizeof({"k" + str(i): i for i in range(30)}))

# a str-keyed dict turns general when a non-str key arrives
import sys
d = {"a": 1}
print(sys.getsizeof(d))
d[1] = 2
print(sys.getsizeof(d))
e = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6, "g": 7}
print(sys.getsizeof(e))
e[0] = 0
print(sys.getsizeof(e))
f = dict.fromkeys(range(10))
print(sys.getsizeof(f), sys.getsizeof(dict.fromkeys("abcdefghij")))

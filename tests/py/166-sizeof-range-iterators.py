# getsizeof of iterator and view objects over containers
import sys
l = [1, 2, 3]
d = {"a": 1}
print(sys.getsizeof(range(5)), sys.getsizeof(enumerate(l)), sys.getsizeof(zip(l, l)))
print(sys.getsizeof(reversed(l)), sys.getsizeof(d.keys()), sys.getsizeof(d.items()))
print(sys.getsizeof((x for x in l)))

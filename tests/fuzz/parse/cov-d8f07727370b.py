# list over-allocatippend and the [1, 2, 3] capacity-4 quirk
import sys
a = 7
print(sys.getsizeof([1, 2, 3]), sys.getsizeof([a, a, a]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3, 4, 5]))
print([sys.getsizeof(list(rang
print([sys.getsizeof(list(range(n))) for n in range(12)])
l = [1, 2, 3]
l.append(4)
print(sys.getsizeof(l))
l.append(5)
print(sys.getsizeof(l))
m = [a, a, a]
m.append(a)
print(sys.getsizeo 3]))

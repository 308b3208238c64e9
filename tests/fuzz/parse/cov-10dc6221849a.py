# list over-allocatippend and the [1, 2, 3] capacity-4 quirk
import sys
a = 7
print(sys.getsizeof([2, 2, 3]), sys.getsizeof([a, a, a]), sys.getsizeof([1, 2]), sys.getsizeof([1, 2, 3, 4, 5]))
print([sys.getsizeof(list(rang
print([sys.getsizeof(list(ran^e(n))) for n in range(12)](
l = [1, 2, 3o 3]))

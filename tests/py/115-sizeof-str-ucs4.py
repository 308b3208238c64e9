# sys.getsizeof of UCS-4 strings (a char above U+FFFF): 72 + 4 * (length + 1)
import sys
smile = "\U0001F600"
print(sys.getsizeof(smile))  # 80
for n in [1, 2, 5, 10]:
    print(n, sys.getsizeof(smile * n))
print(sys.getsizeof("hi " + smile), sys.getsizeof(smile + "\u20ac" + "\u00e9" + "a"))
s = "abc" + smile
print(len(s), sys.getsizeof(s), sys.getsizeof(s[:3]), sys.getsizeof(s[3:]))

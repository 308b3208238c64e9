# str.zfill, ljust, rjust and center of a str shorter than the width go
# through pad(), which fills a new PyUnicode_New str: a result of one
# character is never the cached latin-1 singleton.
import sys
import tracemalloc

print("".zfill(1) == "0", "".zfill(1) is "0"[:1])
print("".ljust(1, "x") is "x"[:1], "".rjust(1) is " "[:1], "".center(1, "é") is "é"[:1])
print("5".zfill(1) is "5"[:1], "".zfill(3), "".center(2, "*"))
print(sys.getrefcount("".zfill(1)), sys.getrefcount("".ljust(1, "q")))
tracemalloc.start()
kept = ["".zfill(1), "".rjust(1, "é"), "".ljust(1, "€")]
print(tracemalloc.get_traced_memory()[0] > 0, [sys.getsizeof(s) for s in kept])
print("".zfill(1))
print(tracemalloc.get_traced_memory())

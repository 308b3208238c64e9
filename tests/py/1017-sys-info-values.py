# sys's other struct sequences and values from start-up: float_info,
# int_info, hash_info, thread_info (their fields, reprs, sizes and
# references), sys.version, sys.hexversion, sys.platform.
import sys
print(sys.float_info)
print(sys.int_info)
print(sys.hash_info)
print(sys.thread_info)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, fi.rounds)
print(1.0 + fi.epsilon > 1.0, fi.max * 2, fi[0] is fi.max, len(fi))
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits, sys.int_info[1])
hi = sys.hash_info
print(hi.modulus == 2 ** 61 - 1, hash(hi.modulus), hi.inf == hash(float("inf")), hi.algorithm, hi.width)
print(sys.thread_info.name, sys.thread_info[1])
for s in (sys.float_info, sys.int_info, sys.hash_info, sys.thread_info):
    print(type(s).__name__, len(s), sys.getsizeof(s), sys.getrefcount(s), sys.getrefcount(type(s)))
print(sys.version)
print(sys.hexversion, hex(sys.hexversion), sys.version_info[:2] == (sys.hexversion >> 24, (sys.hexversion >> 16) & 255))
print(sys.platform, sys.platform.startswith("linux"), sys.version.split()[0])
print(sys.getrefcount(sys.version), sys.getrefcount(sys.hexversion), sys.getrefcount(sys.platform))
print(sys.getsizeof(sys.version), sys.getsizeof(sys.hexversion), sys.getsizeof(fi.max))
print(sys.getrecursionlimit())

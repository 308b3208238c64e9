# str.format field names: every index spelling against lists, tuples, strs, dicts, ints and None.
import sys
# str.format field indexes, deeper
l = list(range(5)); t = tuple("abcde"); s = "hé\u20ac"; d = {0: "z", "0": "s", -1: "neg", "-1": "sneg", "a b": 1}
tests = ["{0[0]}", "{0[-1]}", "{0[ 1]}", "{0[1 ]}", "{0[01]}", "{0[+1]}", "{0[0x1]}", "{0[1_0]}",
         "{0[]}", "{0[1]", "{0[1]]}", "{0[1][0]}", "{0[1]!s}", "{0[1]:>3}", "{0[2].x}", "{0[9223372036854775807]}",
         "{0[9223372036854775808]}", "{0[-0]}", "{0[a b]}", "{0[{1}]}", "{0[\u20ac]}", "{0[1]}{0[1]}", "{1}", "{0[1]}{}"]
for fmt in tests:
    for obj in (l, t, s, d, 7, None):
        try:
            r = fmt.format(obj)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(fmt, type(obj).__name__, r)
print(sys.getrefcount(l), sys.getrefcount(d))
print("{0[1]}".format(range(10)), "{0[2]}".format(b"abc"), "{0[1]}".format(bytearray(b"xyz")) if False else "")
print("{a[1]} {a[x]}".format_map({"a": {1: "one", "x": "ex"}}))
class G:
    def __getitem__(self, k):
        return repr(k) + type(k).__name__
print("{0[1]} {0[-1]} {0[x]} {0[1.5]} {0[00]}".format(G()))

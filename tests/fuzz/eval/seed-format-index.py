# str.format's {0[N]} on list/tuple/str/dict, attributes after an index; str indexing and slicing.
l = [10, 20, 30]; t = ("a", "b"); s = "xyz"; d = {0: "zero", "k": "v", 1: "one"}
print("{0[0]} {0[2]} {1[1]} {2[0]}{2[2]} {3[0]} {3[k]}".format(l, t, s, d))
for fmt, args in [("{0[5]}", (l,)), ("{0[-1]}", (l,)), ("{0[1]}", (5,)), ("{0[x]}", (l,)),
                  ("{0[99999999999999999999]}", (l,)), ("{0[3]}", (s,)), ("{0[2]}", (d,)),
                  ("{0[0][1]}", ([[1, 2]],)), ("{0[0].real}", ([3],)), ("{0[", (l,)), ("{0[]}", (l,)),
                  ("{[0]}", (l,)), ("{a[1]}", ()), ("{0[1]!r:>5}", (s,))]:
    try:
        print(repr(fmt.format(*args, a=t)))
    except Exception as e:
        print(type(e).__name__, e)
s = "hello wörld\u20ac"
print([c for c in s], s[::2], s[::-1], s[1:8:3], s[-1], s[5] is " ", s[0] is s[0:1])
for i in range(len(s)):
    c = s[i]
print(c, s[2:3] is s[2], "".join(reversed(s)))

# empty tuple, str and bytes are shared singletons; empty lists, dicts, sets and frozensets are not
et = ()
es = ""
eb = b""
print(tuple() is et, tuple([]) is et, (1, 2)[2:] is et)  # True True True
print("abc"[1:1] is es, str() is es, "".join([]) is es, bytes() is eb)  # True True True True
print([] is [], {} is {}, set() is set())  # False False False
a = frozenset()
b = frozenset([])
print(a is b, a == b)  # False True: no empty frozenset singleton in 3.11
t = (1,)
print(t[:0] is et, t * 0 is et, et + et is et)  # True True True
x = (1, 2)
print(x[:] is x, tuple(x) is x, x + et is x)  # True True True
l = [1, 2]
print(l[:] is l, list(l) is l)  # False False

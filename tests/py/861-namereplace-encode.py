import gc
c0 = gc.get_count()
print("caf\xe9 \u2022 \U0001f600".encode("ascii", "namereplace"))
c1 = gc.get_count()
print(c1[0] - c0[0])
print("\xe9\xe8".encode("latin-1", "namereplace"), "\u20ac\u0100".encode("latin-1", "namereplace"))
print("a\udc80b".encode("utf-8", "namereplace"))
print("\x80\u0378\U000e0080\U000f0000\U000f0200".encode("ascii", "namereplace"))
print("x\U00020000\uac01".encode("ascii", errors="namereplace"))
print(gc.get_count()[0] - c1[0])
try:
    b"\xff".decode("utf-8", "namereplace")
except TypeError as e:
    print(e)

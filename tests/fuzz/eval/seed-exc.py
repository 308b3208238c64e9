class E(Exception):
    pass
class W:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True
try:
    raise E("x")
except E as e:
    print(repr(e))
finally:
    print(2 ** 100, 7 // 2, 1.5 * 3, "%s" % 1, hex(255))

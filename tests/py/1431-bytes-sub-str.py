# str() of a bytes or bytearray subclass that overrides __repr__: bytes and
# bytearray have their own tp_str (bytes_str, bytearray_str), which call the
# base repr directly, so the override is not used; print() and f-strings go
# through str() too.  Found by gen.py's subsets.
class B(bytes):
    def __repr__(self):
        return "<B " + bytes.__repr__(self) + ">"
class BA(bytearray):
    def __repr__(self):
        return "<BA>"
class BS(bytes):
    def __str__(self):
        return "str of BS"
b, ba, bs = B(b"ab"), BA(b"x'y"), BS(b"q")
print(repr(b), str(b), repr(ba), str(ba), str(bs), repr(bs))
print(b, ba, bs)
print(f"{b} {ba!s} {ba!r}", "%s %s" % (b, ba))
print("__str__" in bytes.__dict__, "__str__" in bytearray.__dict__, bytes.__str__(b), bytearray.__str__(ba))
print(str(b"plain"), str(bytearray(b"\x00")))

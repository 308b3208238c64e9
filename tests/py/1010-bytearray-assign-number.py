# A slice of a bytearray assigned a number: PyNumber_Check says no before
# PyByteArray_FromObject runs, so an instance of a class with __index__,
# __int__ or __float__ is refused as an int is.
class C:
    def __index__(self):
        return 2
class F:
    def __float__(self):
        return 1.0
b = bytearray(b'xyz')
for value in (3, 1.5, C(), F(), 'ab'):
    try:
        b[0:1] = value
    except TypeError as e:
        print(type(value).__name__, e)
print(b)
b[0:1] = [65, 66]
print(b)

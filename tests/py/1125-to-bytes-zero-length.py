# int.to_bytes with length 0 (_PyLong_AsByteArray): the top digit's sign
# bits need no byte and a stored sign bit is asked for only when length > 0,
# so -1 fits in no bytes as 0 does; every other value overflows.
# Found by gen.py's convs feature (seed 31800010).
for n in (0, -1, 1, -2, 127, -128, 2**23, -(2**30)):
    for signed in (False, True):
        try:
            print(n, signed, n.to_bytes(0, 'big', signed=signed),
                  n.to_bytes(0, byteorder='little', signed=signed))
        except OverflowError as e:
            print(n, signed, 'OverflowError', e)
print((-1).to_bytes(1, 'big', signed=True), (-1).to_bytes(2, 'little', signed=True))
print(int.from_bytes((-1).to_bytes(0, 'big', signed=True), 'big', signed=True))

# A tiny hexdump, as a student writes one: bytes sliced into rows, each
# row's .hex() with a separator (grouped from the right, or from the left
# with a negative count), printable bytes shown beside; sizes along the way.
import sys

def hexdump(data, width=8):
    rows = []
    for start in range(0, len(data), width):
        chunk = data[start:start + width]
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        rows.append(f"{start:04x}  {chunk.hex(' '):<{width * 3}} |{text}|")
    return rows

message = b"Hello, heap!\x00\x01\x02\xff bytes"
for row in hexdump(message):
    print(row)
print(len(message), sys.getsizeof(message), sys.getsizeof(message[:8]))
mac = bytes([0, 26, 43, 60, 77, 94])
print(mac.hex(":"), mac.hex("-", 2), mac.hex(sep=".", bytes_per_sep=-4), mac.hex(b"_", 6))
ipv4 = bytes([192, 168, 1, 20])
print(ipv4.hex(), ipv4.hex(" ", -1), ".".join(str(b) for b in ipv4))
print(bytes(3).hex("|"), b"".hex(":"), b"z".hex(":"), bytes(range(5)).hex(" ", 100))
key = bytes(range(16))
grouped = key.hex(" ", 4)
print(grouped, len(grouped), sys.getsizeof(grouped), sys.getsizeof(key.hex()))
for sep in ("::", "", "é", 7, b"\x80"):
    try:
        key.hex(sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    key.hex("-", 1.5)
except TypeError as e:
    print("TypeError:", e)

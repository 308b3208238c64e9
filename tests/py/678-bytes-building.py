# Building a bytes message piece by piece, starting from b"": sizes as it
# grows, the empty bytes shared, and what the collector counts meanwhile.
import sys, gc

print(gc.get_count())
message = b""
sizes = []
for word in [b"GET", b" ", b"/index.html", b" ", b"HTTP/1.1"]:
    message = message + word
    sizes.append(sys.getsizeof(message))
print(message, sizes)
empty = b""
print(empty is b"", b"".join([]) is empty, message[:0] is empty, sys.getsizeof(empty))
parts = message.split(b" ")
print(parts, [sys.getsizeof(p) for p in parts])
print(message.upper(), message.count(b"/"), message.find(b"HTTP"), message[4:15])
header = b"Host: " + b"example.com" + b"\r\n"
print(header, len(header), header.endswith(b"\r\n"))
print(bytes(3), bytes([72, 105]), b"x" * 5, sys.getsizeof(b"x" * 5))
print(list(b"AZ"), b"AZ"[0], b"AZ"[1:], b"AZ"[5:] is empty)
print(gc.get_count())

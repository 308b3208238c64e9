x = a | b ^ c & d << 1 >> 2
y = a & b | c ^ d
z = ~a & ~b

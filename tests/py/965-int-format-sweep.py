import sys
vals = [0, 1, -1, 7, 255, -256, 2**31, -2**31 - 1, 2**63, 2**64 - 1, -2**64, 10**18, 3**100, -(7**77), 2**1000 + 1]
for v in vals:
    print(f"{v:d}|{v:x}|{v:#o}|{v:b}" if abs(v) < 2**70 else f"{v:d}"[:50], f"{v:,}"[:60], f"{v:_x}"[:60], f"{v:+}"[:30], f"{v:>12}"[:30], f"{v:e}", f"{v:.3g}", f"{v:%}"[:40])
    print(sys.getsizeof(v), v.bit_length(), (v.bit_count() if hasattr(v, "bit_count") else ""), hash(v) == hash(v), int(str(v)) == v, str(v)[-5:])
print(int("-0"), int("+12"), int("0x_ff", 16) if False else 255, int("  -7\n"), int("1" * 50) % 97, int("z", 36), int("-101", 2))
for bad in ("", "1.5", "0x", "12a", "٣"):
    try:
        print(int(bad))
    except ValueError as e:
        print(e)
print(divmod(2**100, -3**20), pow(7, 10**6, 13), pow(3, -1, 10), (-2**100) // 7, (-2**100) % 7, 2**100 // -7)
print(abs(-2**70), -(-2**70), +(2**70), ~(2**70), (2**70) >> 68, (-2**70) >> 68, 1 << 0, (2**70) & 0xFFFF, (-2**70) | 1, (2**70) ^ (2**69))
print(round(12345, -2), round(-12355, -1), round(2**70, -20), max(2**70, 2.0**70), 2**70 == 2.0**70, 2**53 + 1 == float(2**53 + 1))

# bool's own &, | and ^ (bool_and, bool_or, bool_xor) give a bool when both
# operands are bools, and int's result otherwise; the other arithmetic on
# bools is int's.
import sys
print(True & True, True & False, False | True, True ^ True, True ^ False, type(True | False))
print(True & 3, 3 & True, type(1 & True), True | 2, 5 ^ True, False ^ 0, type(False ^ 0))
x = True
x &= False
y = False
y |= True
z = True
z ^= True
print(x, y, z, type(x), x is False, (True & True) is True)
print({True} & {1}, ~False, -True, +True, type(+True), abs(True), type(abs(True)), True + True, True * 3)
print(True / 2, True // 1, type(True // 1), True << 3, False >> 1, divmod(True, 2), True ** 2, type(True ** 2))
print(sys.getrefcount(True & False) > 100, [a & b for a in (False, True) for b in (False, True)])
print(sum([True, True, 0.5]), max(True, 1), min(1, True), hash(True), True == 1.0, {1: 'a', True: 'b', 1.0: 'c'})
# `is` with a folded bool (True & True, not 0) is no "is with a literal"
# (check_is_arg: True, False, None and ... are singletons); -1, (), 'a' are.
print(x is (not 0), (False | False) is False, y is not (True ^ True))
print(x is (), x is -1)

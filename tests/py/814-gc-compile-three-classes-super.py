# Three classes whose methods use super(): each class body gets an
# implicit __class__ cell (MAKE_CELL, no line number in co_linetable) and
# each method a free __class__ (COPY_FREE_VARS, no line number either).
# Identical method bodies at different lines share their co_code and
# co_linetable (the compiler merges the bytes), so the count the script
# starts at depends on which of them are equal.
import gc
print(gc.get_count())
class A:
    def hello(self):
        return 'A'
class B(A):
    def hello(self):
        return super().hello() + 'B'
class C(B):
    def hello(self):
        return super().hello() + 'C'
class D(C):
    def hello(self):
        return super().hello() + 'C'
    def other(self):
        return super().hello()
print(D().hello(), D().other())
print(gc.get_count())
for i in range(1000):
    D().hello()
print(gc.get_count())
print(gc.collect())
print(gc.get_count())

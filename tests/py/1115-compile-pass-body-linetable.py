# A one-line `def f(): pass` has the co_linetable of every other one,
# whatever the name's length: the implicit return has no location of its
# own and CPython gives it RESUME's (the def line, columns 0-0), the NOP
# of `pass` being dropped on the same line.  So merge_const_one finds
# f10's linetable bytes already cached and makes no new key: the gen-0
# count at the first statement is python3's.
def f0(): pass
def f1(): pass
def f2(): pass
def f3(): pass
def f4(): pass
def f5(): pass
def f6(): pass
def f7(): pass
def f8(): pass
def f9(): pass
def f10(): pass
def g(): pass; pass
def longer_name(): pass
import gc
print(gc.get_count())

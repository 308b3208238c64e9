# Where the implicit `return None` ending a body is located, as the
# co_linetable key merge_const_one compares: after a kept instruction it
# takes that one's location (the store of `x = 1`, not the statement's
# span); after a `pass` on a line of its own, the NOP's; after `pass`
# alone on the def line, RESUME's.  Units that differ only in where
# their tail was built share their linetable in python3, and the gen-0
# count at the first statement shows each key made.
def a0(): pass; pass
def a10(): pass; pass
def b0(): x = 1
def b10(): x = 1
def c0():
    pass
def c10():
    pass
def d0(): x = 1; pass
def d10(): x = 1; pass
def e0(p):
    p.q = 1
    pass
def e10(p):
    p.q = 1
    pass
import gc
print(gc.get_count())

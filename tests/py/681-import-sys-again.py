# `import sys` finds sys in sys.modules and asks its __spec__ whether it is
# still initializing: sys's spec has no _initializing, so an AttributeError
# is made and cleared, and its args 1-tuple ends on the tuple free list.
import gc

gc.collect()                    # the free lists are empty now
r = range(1000)
where = id(r)
del r                           # its 48-byte block is free again
import sys                      # the AttributeError's 1-tuple takes it
r2 = range(7)
print("range reused the block:", id(r2) == where)
t = (r2,)
print("the 1-tuple reused it:", id(t) == where)
del t

def helper():
    import sys                  # inside a function: the same question
    return sys.getsizeof(())

gc.collect()
before = gc.get_count()
print(helper(), gc.get_count()[0] - before[0])
import sys
print(sys.getrefcount(r2), gc.get_count()[0] - before[0])
import gc                       # gc's spec says False: nothing made
print(gc.get_count()[0] - before[0])
